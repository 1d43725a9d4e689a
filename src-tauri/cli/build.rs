//! Writes the shell completions and the man page into OUT_DIR from the CLI's definition.

use clap::CommandFactory;

#[allow(dead_code)]
mod cli {
    include!("src/cli.rs");
}

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=src/cli.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut cmd = cli::Cli::command();
    for shell in [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
        clap_complete::Shell::Elvish,
        clap_complete::Shell::PowerShell,
    ] {
        clap_complete::generate_to(shell, &mut cmd, "backstory", &out)?;
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut page)?;
    std::fs::write(out.join("backstory.1"), page)
}
