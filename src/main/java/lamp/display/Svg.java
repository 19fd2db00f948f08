package lamp.display;

/**
 * An SVG document to be shown as {@code image/svg+xml}. Make one with {@link Notebook#svg}; as a cell value
 * (rapaio kernel) or passed to {@link Notebook#show} it displays as a vector image.
 */
public record Svg(String xml) {
    public Svg {
        if (xml == null || !xml.contains("<svg")) {
            throw new IllegalArgumentException("not an SVG document");
        }
    }

    @Override
    public String toString() {
        return "SVG image (" + xml.length() + " characters)";
    }
}
