#![no_main]
// See backstory_application::fuzzing::export_file for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| backstory_application::fuzzing::export_file(data));
