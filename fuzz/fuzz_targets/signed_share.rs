#![no_main]
// See backstory_application::fuzzing::signed_share for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| backstory_application::fuzzing::signed_share(data));
