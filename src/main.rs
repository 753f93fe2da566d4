fn main() {
    std::process::exit(newsls::cli::main());
}
