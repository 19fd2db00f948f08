package lamp.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a Jupyter notebook (nbformat 4) as their type and source, read with a small JSON reader
 * of its own (the test classpath has no JSON library). Outputs are skipped: only what a person wrote is
 * checked.
 */
final class NotebookCells {
    private NotebookCells() {}

    /** One cell: its index in the notebook, its type ("markdown", "code", "raw") and its source. */
    record Cell(int index, String type, String source) {}

    /** The cells of the notebook at {@code path}. */
    static List<Cell> read(Path path) {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells(json, path.toString());
    }

    /** The cells of a notebook given as its JSON text; {@code place} names it in errors. */
    static List<Cell> cells(String json, String place) {
        Object root = new Reader(json, place).document();
        if (!(root instanceof Map<?, ?> nb) || !(nb.get("cells") instanceof List<?> cells)) {
            throw new IllegalArgumentException(place + " is not a notebook: no \"cells\" list at the top");
        }
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!(cells.get(i) instanceof Map<?, ?> cell)) throw new IllegalArgumentException(place + " cell " + i + " is not an object");
            Object source = cell.get("source");
            String text;
            if (source instanceof String s) {
                text = s;
            } else if (source instanceof List<?> lines) {
                StringBuilder b = new StringBuilder();
                for (Object line : lines) b.append((String) line);
                text = b.toString();
            } else {
                throw new IllegalArgumentException(place + " cell " + i + " has no source");
            }
            out.add(new Cell(i, String.valueOf(cell.get("cell_type")), text));
        }
        return out;
    }

    /** Just enough JSON: objects, arrays, strings with escapes, numbers, true, false, null. */
    private static final class Reader {
        private final String s;
        private final String place;
        private int i;

        Reader(String s, String place) {
            this.s = s;
            this.place = place;
        }

        Object document() {
            Object v = value();
            space();
            if (i != s.length()) throw error("text after the document");
            return v;
        }

        private Object value() {
            space();
            if (i >= s.length()) throw error("unexpected end");
            char c = s.charAt(i);
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                case 't': return word("true", Boolean.TRUE);
                case 'f': return word("false", Boolean.FALSE);
                case 'n': return word("null", null);
                default: return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            space();
            if (peek() == '}') { i++; return m; }
            while (true) {
                space();
                if (peek() != '"') throw error("expected a key");
                String key = string();
                space();
                expect(':');
                m.put(key, value());
                space();
                if (peek() == ',') { i++; continue; }
                expect('}');
                return m;
            }
        }

        private List<Object> array() {
            List<Object> a = new ArrayList<>();
            i++;
            space();
            if (peek() == ']') { i++; return a; }
            while (true) {
                a.add(value());
                space();
                if (peek() == ',') { i++; continue; }
                expect(']');
                return a;
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                if (i >= s.length()) throw error("unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> b.append(e);     // \" \\ \/
                }
            }
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            if (start == i) throw error("unexpected character '" + s.charAt(i) + "'");
            return Double.parseDouble(s.substring(start, i));
        }

        private Object word(String w, Object v) {
            if (!s.startsWith(w, i)) throw error("expected " + w);
            i += w.length();
            return v;
        }

        private void expect(char c) {
            if (peek() != c) throw error("expected '" + c + "'");
            i++;
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(place + " is not valid JSON at character " + i + ": " + what);
        }
    }
}
