package cn.gridservice.desk.platform;

/**
 * Fired once at start-up, after the schema, the engine, the models and the demo data (if any) are in
 * place: the capabilities set up what they need on an installation (e.g. its first administrator).
 *
 * @param demo whether demo data was asked for
 */
public record ApplicationStarted(boolean demo) {
}
