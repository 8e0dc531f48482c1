package org.bulletin.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Selector;

/**
 * Colour contrast of the theme: the stylesheets' rules are applied to each page's elements (a small
 * cascade: specificity, order, inherited text colour, the nearest background, custom properties), and
 * every piece of text must reach a WCAG contrast ratio of {@value #MINIMUM}:1 with its background, also
 * in the hover and focus states. Problems point at the stylesheet line that sets the colour.
 */
final class ContrastCheck implements Check {

    static final double MINIMUM = 4.5;
    private static final Pattern STATE = Pattern.compile(":(hover|focus-visible|focus-within|focus|active)\\b");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*(?:,\\s*([^)]*))?\\)");

    private record Decl(String value, int specificity, int order, String file, int line) {
    }

    private record Styled(String file, CssRules.Rule rule) {
    }

    private final Map<String, List<CssRules.Rule>> parsed = new HashMap<>();

    @Override
    public String name() {
        return "contrast";
    }

    @Override
    public void run(OutputSite site, Findings findings) throws IOException {
        Set<String> reported = new TreeSet<>();
        for (CheckedPage page : site.pages()) {
            List<Styled> rules = new ArrayList<>();
            for (Element link : page.doc().select("link[rel~=(?i)stylesheet][href]")) {
                String media = link.attr("media").toLowerCase(Locale.ROOT);
                if (media.contains("print") || !OutputSite.isInternal(link.attr("href"))) {
                    continue;
                }
                String path = site.resolve(page.path(), link.attr("href")).path();
                if (path != null && site.exists(path)) {
                    for (CssRules.Rule r : rules(site, path)) {
                        rules.add(new Styled(path, r));
                    }
                }
            }
            Map<String, String> vars = variables(rules);
            for (boolean interactive : new boolean[] {false, true}) {
                evaluate(page, rules, vars, interactive, findings, reported);
            }
        }
    }

    private List<CssRules.Rule> rules(OutputSite site, String path) throws IOException {
        List<CssRules.Rule> r = parsed.get(path);
        if (r == null) {
            r = CssRules.parse(new String(site.bytes(path), StandardCharsets.UTF_8)).stream()
                    .filter(x -> x.media().isEmpty() || x.media().contains("width"))
                    .toList();
            parsed.put(path, r);
        }
        return r;
    }

    private static Map<String, String> variables(List<Styled> rules) {
        Map<String, String> vars = new HashMap<>();
        for (Styled s : rules) {
            String sel = s.rule().selector().strip();
            if (sel.equals(":root") || sel.equals("html")) {
                s.rule().declarations().forEach((k, v) -> {
                    if (k.startsWith("--")) {
                        vars.put(k, v);
                    }
                });
            }
        }
        return vars;
    }

    private static String resolve(String value, Map<String, String> vars) {
        String v = value;
        for (int depth = 0; depth < 10 && v.contains("var("); depth++) {
            Matcher m = VAR.matcher(v);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String r = vars.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
                m.appendReplacement(b, Matcher.quoteReplacement(r));
            }
            m.appendTail(b);
            v = b.toString();
        }
        return v;
    }

    private void evaluate(CheckedPage page, List<Styled> rules, Map<String, String> vars, boolean interactive,
                          Findings findings, Set<String> reported) {
        Map<Element, Decl> color = new IdentityHashMap<>();
        Map<Element, Decl> background = new IdentityHashMap<>();
        Set<Element> stateful = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int order = 0;
        for (Styled s : rules) {
            order++;
            String fg = s.rule().declarations().get("color");
            String bg = s.rule().declarations().containsKey("background-color")
                    ? s.rule().declarations().get("background-color") : s.rule().declarations().get("background");
            if (fg == null && bg == null) {
                continue;
            }
            for (String selector : s.rule().selector().split(",")) {
                String sel = selector.strip();
                boolean state = STATE.matcher(sel).find();
                if (sel.contains("::") || sel.contains(":visited") || sel.startsWith("@") || (state && !interactive)) {
                    continue;
                }
                String plain = STATE.matcher(sel).replaceAll("").replace(":link", "");
                List<Element> matched;
                try {
                    matched = Selector.select(plain.isEmpty() ? "*" : plain, page.doc());
                } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                    continue;
                }
                int spec = specificity(sel);
                for (Element e : matched) {
                    if (state) {
                        stateful.add(e);
                    }
                    if (fg != null) {
                        put(color, e, new Decl(resolve(fg, vars), spec, order, s.file(), s.rule().line()));
                    }
                    if (bg != null) {
                        put(background, e, new Decl(resolve(bg, vars), spec, order, s.file(), s.rule().line()));
                    }
                }
            }
        }
        Element body = page.doc().body();
        if (body == null) {
            return;
        }
        for (Element e : body.getAllElements()) {
            if (!hasText(e) || (interactive && !insideAny(e, stateful))) {
                continue;
            }
            Decl fgDecl = nearest(e, color);
            Colors.Rgb bgColor = Colors.Rgb.WHITE;
            Decl bgDecl = null;
            List<Colors.Rgb> layers = new ArrayList<>();
            boolean image = false;
            for (Element a = e; a != null; a = a.parent()) {
                Decl d = background.get(a);
                if (d == null) {
                    continue;
                }
                String v = d.value().toLowerCase(Locale.ROOT);
                if (v.contains("url(") || v.contains("gradient")) {
                    image = true;
                    break;
                }
                Colors.Rgb c = Colors.parse(v);
                if (c == null || c.a() == 0) {
                    continue;
                }
                bgDecl = bgDecl == null ? d : bgDecl;
                layers.add(0, c);
                if (c.a() >= 1) {
                    break;
                }
            }
            if (image) {
                continue;
            }
            for (Colors.Rgb layer : layers) {
                bgColor = layer.over(bgColor);
            }
            Colors.Rgb fg = fgDecl == null ? Colors.Rgb.BLACK : Colors.parse(fgDecl.value());
            if (fg == null) {
                continue;
            }
            fg = fg.over(bgColor);
            double ratio = Colors.ratio(fg, bgColor);
            if (ratio + 1e-9 < MINIMUM) {
                Decl at = fgDecl != null ? fgDecl : bgDecl;
                String key = fg.hex() + bgColor.hex() + (at == null ? "" : at.file() + at.line());
                if (reported.add(key)) {
                    String where = at == null ? page.path() : at.file();
                    findings.add(Problem.error(where, at == null ? 0 : at.line(), Text.of(
                            interactive ? "check.contrast-interactive" : "check.contrast",
                            String.format(Locale.ROOT, "%.2f", ratio), String.format(Locale.ROOT, "%.1f", MINIMUM),
                            fg.hex(), bgColor.hex(), e.tagName(),
                            e.className().isEmpty() ? "" : " class=\"" + e.className() + "\"", abbreviate(e.ownText()),
                            page.path())));
                }
            }
        }
    }

    private static void put(Map<Element, Decl> map, Element e, Decl d) {
        Decl old = map.get(e);
        if (old == null || d.specificity() > old.specificity()
                || (d.specificity() == old.specificity() && d.order() > old.order())) {
            map.put(e, d);
        }
    }

    /** The colour declaration that applies: the element's own, else inherited. */
    private static Decl nearest(Element e, Map<Element, Decl> color) {
        for (Element a = e; a != null; a = a.parent()) {
            Decl d = color.get(a);
            if (d != null && !d.value().strip().equalsIgnoreCase("inherit")) {
                return d;
            }
        }
        return null;
    }

    private static boolean insideAny(Element e, Set<Element> set) {
        for (Element a = e; a != null; a = a.parent()) {
            if (set.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(Element e) {
        if (e.tagName().equals("script") || e.tagName().equals("style") || e.tagName().equals("title")) {
            return false;
        }
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** (ids, classes+attributes+pseudo-classes, types) folded into one comparable number. */
    static int specificity(String selector) {
        String s = selector.replaceAll("\\[[^]]*]", ".x").replaceAll("::?[\\w-]+(\\([^)]*\\))?", ".x");
        int ids = count(s, "#[\\w-]+");
        int classes = count(s, "\\.[\\w-]+");
        int types = count(s.replaceAll("[#.][\\w-]+", " "), "(?<![\\w-])[a-zA-Z][\\w-]*");
        return ids * 10000 + classes * 100 + types;
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}
