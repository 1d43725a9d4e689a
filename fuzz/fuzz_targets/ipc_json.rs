#![no_main]
// See backstory_core::fuzzing::ipc_json for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| backstory_core::fuzzing::ipc_json(data));
