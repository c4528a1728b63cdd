package th.ita.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text goes through the message bundles: Thai and English carry the same keys, every key a
 * template names exists, and no template holds literal text a user would read.
 */
class I18nTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern KEY = Pattern.compile("#\\{([a-z0-9.\\-]+)");

	/** Literal texts that are the same in every language: names of languages and symbols. */
	static final Set<String> NOT_TRANSLATED = Set.of("ภาษาไทย", "English", "ITA", "–", "·");

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTest.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** The bundles of spring.messages.basename, each with a Thai and an English file. */
	static final List<String> BUNDLES = List.of("messages", "staff", "accounts", "evidence", "export", "framework", "result",
			"platform", "linkcheck", "readiness");

	static Properties all(String language) throws IOException {
		Properties all = new Properties();
		for (String name : BUNDLES) {
			Properties one = bundle(name + "_" + language + ".properties");
			for (String key : one.stringPropertyNames()) {
				assertThat(all.containsKey(key)).as("key %s is in two bundles", key).isFalse();
				all.setProperty(key, one.getProperty(key));
			}
		}
		return all;
	}

	@Test
	void thaiAndEnglishHaveTheSameKeys() throws IOException {
		for (String name : BUNDLES) {
			assertThat(new TreeSet<>(bundle(name + "_en.properties").stringPropertyNames())).as(name)
				.isEqualTo(new TreeSet<>(bundle(name + "_th.properties").stringPropertyNames()));
		}
	}

	@Test
	void thaiTextsAreThai() throws IOException {
		Properties thai = all("th");
		List<String> notThai = thai.stringPropertyNames()
			.stream()
			.filter(k -> !thai.getProperty(k).matches("(?s).*[\\u0E00-\\u0E7F].*"))
			.toList();
		assertThat(notThai).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = all("th").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = KEY.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1)) && !m.group(1).endsWith(".")) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			var doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : doc.getAllElements()) {
				if (replacedByThymeleaf(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String t = text.text().strip();
					if (!t.isEmpty() && !NOT_TRANSLATED.contains(t)) {
						literal.add(template.getFileName() + ": <" + element.tagName() + "> " + t);
					}
				}
				for (String attribute : List.of("title", "alt", "aria-label", "placeholder")) {
					if (element.hasAttr(attribute)) {
						literal.add(template.getFileName() + ": " + attribute + "=" + element.attr(attribute));
					}
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null && !"html".equals(e.tagName()); e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
					|| e.hasAttr("th:errors") || (e.nameIs("textarea") && e.hasAttr("th:field"))) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

}
