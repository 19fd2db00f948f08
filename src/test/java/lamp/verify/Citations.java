package lamp.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks citations of KH2020 in a text against {@link Paper}, the one source of its numbering: every
 * "KH2020 (n)", "KH2020 (n)–(m)", "KH2020 (n), (m)", "KH2020 (n) and (m)", "KH2020 Appendix B, (n)",
 * "eq. (n)", "equation (n)", "KH2020 §n" and "KH2020 Fig. n" must name an item that exists, and the
 * sentence around it must speak of that item's topic ({@link Paper#topics()}; for a range, of one of
 * the items in it). Reusable on any text: Javadoc, Markdown, a notebook cell's source.
 *
 * <pre>{@code
 * List<String> problems = Citations.problems(cellSource, "05-spherical-memory.ipynb cell 12");
 * }</pre>
 */
public final class Citations {
    private Citations() {}

    private static final String NUMBER = "\\(\\d{1,3}\\)";
    private static final String SEPARATOR = "\\s*(?:–|—|-|,|and|to|&)\\s*";
    /** A citation: who is cited, then one or more "(n)" joined by separators. */
    private static final Pattern EQUATIONS = Pattern.compile(
            "(?:KH2020(?:'s)?\\s+(?:(?:Appendix\\s+[AB]|§\\s?\\d(?:\\.\\d)?)\\s*,?\\s*)?|\\b[Ee]qs?\\.\\s*|\\b[Ee]quations?\\s+)"
                    + "(" + NUMBER + "(?:(?:" + SEPARATOR + ")+" + NUMBER + ")*)");
    private static final Pattern ONE = Pattern.compile("\\((\\d{1,3})\\)");
    private static final Pattern RANGE = Pattern.compile("\\((\\d{1,3})\\)\\s*(?:–|—|-|to)\\s*\\((\\d{1,3})\\)");
    private static final Pattern SECTION = Pattern.compile("KH2020(?:'s)?\\s+§\\s?(\\d+)(?![.\\d])");
    private static final Pattern FIGURE = Pattern.compile("KH2020(?:'s)?\\s+Fig(?:ure|\\.)\\s*(\\d+)");

    /** The problems with the KH2020 citations in {@code text}, each naming {@code place}, its line and the citation; empty when all are right. */
    public static List<String> problems(String text, String place) {
        String flat = flatten(text);
        List<String> problems = new ArrayList<>();
        Matcher m = EQUATIONS.matcher(flat);
        while (m.find()) {
            if (quoted(flat, m.start())) continue;
            String numbers = m.group(1);
            String context = sentence(flat, m.start(), m.end());
            // ranges first, then the single numbers outside them
            List<int[]> spans = new ArrayList<>();
            Matcher r = RANGE.matcher(numbers);
            while (r.find()) {
                int a = Integer.parseInt(r.group(1)), b = Integer.parseInt(r.group(2));
                spans.add(new int[] {r.start(), r.end()});
                if (a == 1 && b == 28) continue; // the whole numbering, not one statement
                if (a < 1 || b > 28 || a >= b) {
                    problems.add(where(place, text, flat, m.start()) + "'" + m.group() + "': KH2020 numbers its equations (1)–(28), "
                            + "a range (" + a + ")–(" + b + ") does not fit");
                    continue;
                }
                boolean any = false;
                for (int n = a; n <= b && !any; n++) any = speaksOf(context, Paper.equation(n));
                if (!any) problems.add(where(place, text, flat, m.start()) + "'" + m.group() + "': the sentence speaks of none of ("
                        + a + ")–(" + b + ") [" + Paper.equation(a).statement() + " … " + Paper.equation(b).statement() + "]: «" + context + "»");
            }
            Matcher o = ONE.matcher(numbers);
            while (o.find()) {
                int at = o.start();
                if (spans.stream().anyMatch(s -> at >= s[0] && at < s[1])) continue;
                int n = Integer.parseInt(o.group(1));
                if (n < 1 || n > 28) {
                    problems.add(where(place, text, flat, m.start()) + "'" + m.group() + "': KH2020 numbers its equations (1)–(28), not (" + n + ")");
                    continue;
                }
                Paper eq = Paper.equation(n);
                if (!speaksOf(context, eq)) problems.add(where(place, text, flat, m.start()) + "'" + m.group() + "': KH2020 (" + n
                        + ") is «" + eq.statement() + "» (" + eq.formula() + "), but the sentence speaks of none of " + eq.topics()
                        + ": «" + context + "»");
            }
        }
        Matcher s = SECTION.matcher(flat);
        while (s.find()) {
            if (quoted(flat, s.start())) continue;
            int n = Integer.parseInt(s.group(1));
            if (n < 1 || n > 5) {
                problems.add(where(place, text, flat, s.start()) + "'" + s.group() + "': KH2020 has sections §1–§5, not §" + n);
                continue;
            }
            Paper section = Paper.section(n);
            String context = sentence(flat, s.start(), s.end());
            if (!speaksOf(context, section) && !(n == 4 && sectionFourExample(context)))
                problems.add(where(place, text, flat, s.start()) + "'" + s.group() + "': KH2020 §" + n + " is «" + section.statement()
                        + "», but the sentence speaks of none of " + section.topics() + ": «" + context + "»");
        }
        Matcher f = FIGURE.matcher(flat);
        while (f.find()) {
            if (quoted(flat, f.start())) continue;
            int n = Integer.parseInt(f.group(1));
            if (n != 1 && n != 2) {
                problems.add(where(place, text, flat, f.start()) + "'" + f.group() + "': KH2020 has Fig. 1 and Fig. 2, not Fig. " + n);
                continue;
            }
            Paper figure = n == 1 ? Paper.FIGURE_1 : Paper.FIGURE_2;
            String context = sentence(flat, f.start(), f.end());
            if (!speaksOf(context.replace(f.group(), ""), figure))
                problems.add(where(place, text, flat, f.start()) + "'" + f.group() + "': KH2020 Fig. " + n + " is «" + figure.statement()
                        + "», but the sentence speaks of none of " + figure.topics() + ": «" + context + "»");
        }
        return problems;
    }

    /** An item id written as a value ({@code "KH2020 (4)"} in code or an example), not a citation. */
    private static boolean quoted(String flat, int start) {
        return start > 0 && (flat.charAt(start - 1) == '"' || flat.charAt(start - 1) == '\'');
    }

    private static boolean sectionFourExample(String context) {
        for (Paper p : List.of(Paper.SECTION_4_IMAGES, Paper.SECTION_4_IMMUNE, Paper.SECTION_4_HIPPOCAMPUS, Paper.SECTION_4_COLOUR)) {
            if (speaksOf(context, p)) return true;
        }
        return false;
    }

    /**
     * The comments of a Java source (Javadoc, block and line comments) with everything else blanked out:
     * line breaks stay where they were, so the line numbers of {@link #problems} still hold. String,
     * character and text-block literals are code, not comments.
     */
    public static String javaComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0, n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                blank(out, source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') j += source.charAt(j) == '\\' ? 2 : 1;
                int end = Math.min(n, j + 1);
                blank(out, source, i, end);
                i = end;
            } else {
                out.append(c == '\n' ? '\n' : ' ');
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, String source, int from, int to) {
        for (int k = from; k < to; k++) out.append(source.charAt(k) == '\n' ? '\n' : ' ');
    }

    /** Whether {@code context} contains one of the item's topic words, from the start of a word (and to the end of a number). */
    public static boolean speaksOf(String context, Paper item) {
        String c = context.toLowerCase(Locale.ROOT);
        for (String topic : item.topics()) {
            String t = topic.toLowerCase(Locale.ROOT);
            String regex = (Character.isLetterOrDigit(t.charAt(0)) ? "(?<![\\p{L}\\p{N}_])" : "") + Pattern.quote(t)
                    + (Character.isDigit(t.charAt(t.length() - 1)) ? "(?!\\p{N})" : "");
            if (Pattern.compile(regex).matcher(c).find()) return true;
        }
        return false;
    }

    /**
     * The text as prose: comment markers at line starts ("*", "//") removed, lines of one paragraph joined
     * with a space; a blank line, a Markdown table row, a list item or a {@code <p>} keeps its own line.
     */
    static String flatten(String text) {
        String[] lines = text.replace("\r", "").split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("/**") || line.startsWith("/*")) line = line.substring(line.startsWith("/**") ? 3 : 2).strip();
            if (line.startsWith("*/")) line = "";
            else if (line.startsWith("*")) line = line.substring(1).strip();
            else if (line.startsWith("//")) line = line.substring(2).strip();
            if (line.endsWith("*/")) line = line.substring(0, line.length() - 2).strip();
            boolean ownLine = line.isEmpty() || line.startsWith("|") || line.startsWith("- ") || line.startsWith("<p>")
                    || line.startsWith("#") || line.matches("\\d+\\. .*") || line.startsWith("@");
            if (out.length() > 0) out.append(ownLine ? "\n" : " ");
            out.append(line);
            if (line.startsWith("|") || line.startsWith("#")) out.append("\n");
        }
        return out.toString();
    }

    /** The sentence around [start, end) in the flattened text, at most 240 characters either side. */
    static String sentence(String flat, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 240) {
            char c = flat.charAt(from - 1);
            if (c == '\n') break;
            if ((c == '.' || c == '!' || c == '?') && from < flat.length() && Character.isWhitespace(flat.charAt(from))
                    && !abbreviation(flat, from - 1)) break;
            from--;
        }
        int to = end;
        while (to < flat.length() && to - end < 240) {
            char c = flat.charAt(to);
            if (c == '\n') break;
            if ((c == '.' || c == '!' || c == '?') && (to + 1 == flat.length() || Character.isWhitespace(flat.charAt(to + 1)))
                    && !abbreviation(flat, to)) break;
            to++;
        }
        return flat.substring(from, to).strip();
    }

    /** A period that ends "e.g.", "i.e.", "eq.", "Fig.", "cf.", "et al." or a single letter, not a sentence. */
    private static boolean abbreviation(String flat, int period) {
        int w = period;
        while (w > 0 && Character.isLetter(flat.charAt(w - 1))) w--;
        String word = flat.substring(w, period).toLowerCase(Locale.ROOT);
        return word.length() <= 1 || List.of("eg", "ie", "eq", "eqs", "fig", "cf", "al", "vs", "resp", "approx").contains(word)
                || (period >= 3 && flat.startsWith("e.g", period - 3)) || (period >= 3 && flat.startsWith("i.e", period - 3));
    }

    /** "place:line: " for the citation at {@code flatIndex}, the line found by the citation's text in the original. */
    private static String where(String place, String text, String flat, int flatIndex) {
        // count paragraph breaks before the citation in the flattened text, then map roughly back: report the first
        // original line that contains the words just after the citation's start
        String probe = flat.substring(flatIndex, Math.min(flat.length(), flatIndex + 12));
        int i = text.indexOf(probe);
        int line = i < 0 ? -1 : (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
        return place + (line > 0 ? ":" + line : "") + ": ";
    }
}
