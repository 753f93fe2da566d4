// mimalloc: analysis allocates many small, short-lived strings and vectors per document
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(newsls::cli::main());
}
