package cn.gridservice.desk.platform;

/**
 * Fired once at start-up, after the schema, the engine and the models are in place: the
 * capabilities set up what they need on an installation (e.g. its first administrator). The demo
 * data, when asked for, is loaded by the first observer (with a low {@code @Priority}), so the
 * others see it.
 *
 * @param demo whether demo data was asked for
 */
public record ApplicationStarted(boolean demo) {}
