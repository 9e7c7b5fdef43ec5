package dk.skolehjem.engine;

/**
 * One thing a school's principle promises about a process ({@code requirement} as in DESIGN.md, e.g. "R8", and the
 * promise in Danish). A placeholder for the compliance work of later issues; no module returns one yet.
 */
public record Promise(String requirement, String promise) {}
