// A short tone made with WebAudio (no sound files). Created on first use, which is always
// after a click, so browsers allow it; fails silently where audio is unavailable.
let context: AudioContext | null = null;

export function beep(kind: 'start' | 'rest' | 'end' = 'start') {
  try {
    const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.frequency.value = kind === 'start' ? 880 : kind === 'rest' ? 520 : 660;
    gain.gain.setValueAtTime(0.0001, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, context.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + (kind === 'end' ? 0.6 : 0.18));
    osc.connect(gain).connect(context.destination);
    osc.start();
    osc.stop(context.currentTime + (kind === 'end' ? 0.65 : 0.2));
  } catch {
    // Sound is optional: the visible cue always shows.
  }
}
