package th.ita.portal.browser;

import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Works a page with the keyboard alone and, after every Tab, checks that the focused element shows
 * the portal's own focus style: an outline or a ring (box-shadow) at least 2px wide whose colour has
 * 3:1 contrast with the background behind it (Chromium's default {@code outline-style: auto} does
 * not count), and that the element looks different once the focus has moved on.
 */
final class Keyboard {

	static final int MAX_TABS = 150;

	/** What the focus is on: the element and what tests ask about it. */
	record Focus(WebElement element, String tag, String id, String name, String type, String href, boolean checked,
			String label, String form) {

		@Override
		public String toString() {
			return "<" + this.tag + " id=" + this.id + " name=" + this.name + " href=" + this.href + ">";
		}

	}

	/** The focused element, how its focus shows, and how the previously focused one looks now. */
	private static final String FOCUS = """
			const previous = arguments[0];
			function rgb(text) {
			  const m = /rgba?\\(([^)]+)\\)/.exec(text || '');
			  if (!m) return null;
			  const p = m[1].split(/[\\s,\\/]+/).filter(x => x).map(Number);
			  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
			}
			function luminance(c) {
			  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
			  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
			}
			function contrast(a, b) {
			  const x = luminance(a), y = luminance(b);
			  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
			}
			function style(el) {
			  const cs = getComputedStyle(el);
			  let behind = { r: 255, g: 255, b: 255, a: 1 };
			  for (let e = el.parentElement; e; e = e.parentElement) {
			    const c = rgb(getComputedStyle(e).backgroundColor);
			    if (c && c.a > 0) { behind = c; break; }
			  }
			  const rings = [];
			  const outline = rgb(cs.outlineColor);
			  let band = [0, 0];
			  if (cs.outlineStyle !== 'none' && cs.outlineStyle !== 'auto' && outline && outline.a > 0) {
			    const offset = parseFloat(cs.outlineOffset) || 0, width = parseFloat(cs.outlineWidth);
			    band = [offset, offset + width];
			    rings.push({ kind: 'outline', width: width, contrast: contrast(outline, behind) });
			  }
			  if (cs.boxShadow && cs.boxShadow !== 'none') {
			    for (const shadow of cs.boxShadow.split(/,(?![^(]*\\))/)) {
			      const colour = rgb(shadow);
			      const lengths = shadow.replace(/rgba?\\([^)]*\\)/, '').replace('inset', '').trim().split(/\\s+/).map(parseFloat);
			      if (!/inset/.test(shadow) && colour && colour.a > 0) {
			        // The part of the ring the outline does not paint over.
			        const spread = lengths.length > 3 ? lengths[3] : 0;
			        const covered = Math.max(0, Math.min(spread, band[1]) - Math.max(0, band[0]));
			        rings.push({ kind: 'shadow', width: spread - covered, contrast: contrast(colour, behind) });
			      }
			    }
			  }
			  return {
			    signature: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor + ' | ' + cs.boxShadow,
			    visible: rings.some(r => r.width >= 2 && r.contrast >= 3),
			    rings: JSON.stringify(rings) + ' on ' + JSON.stringify(behind)
			  };
			}
			const el = document.activeElement;
			const s = style(el);
			return {
			  element: el, tag: el.tagName.toLowerCase(), id: el.id || '', name: el.getAttribute('name') || '',
			  type: el.getAttribute('type') || '', href: el.getAttribute('href') || '', checked: !!el.checked,
			  label: el.labels && el.labels.length ? el.labels[0].textContent.trim() : '',
			  form: el.form ? el.form.getAttribute('action') || '' : '',
			  signature: s.signature, visible: s.visible, rings: s.rings,
			  previousNow: previous && previous.isConnected ? style(previous).signature : null
			};""";

	private final WebDriver driver;

	private WebElement previous;

	private String previousFocused;

	private int tabs;

	Keyboard(WebDriver driver) {
		this.driver = driver;
	}

	/** Presses Tab once and checks how the focus shows. */
	Focus tab() {
		press(Keys.TAB);
		this.tabs++;
		@SuppressWarnings("unchecked")
		Map<String, Object> now = (Map<String, Object>) ((JavascriptExecutor) this.driver).executeScript(FOCUS,
				this.previous);
		Focus focus = new Focus((WebElement) now.get("element"), (String) now.get("tag"), (String) now.get("id"),
				(String) now.get("name"), (String) now.get("type"), (String) now.get("href"),
				Boolean.TRUE.equals(now.get("checked")), (String) now.get("label"), (String) now.get("form"));
		String where = focus + " on " + this.driver.getCurrentUrl();
		if (!Boolean.TRUE.equals(now.get("visible"))) {
			throw new AssertionError("no visible focus (2px, 3:1) on " + where + ": " + now.get("rings") + " / "
					+ now.get("signature"));
		}
		if (now.get("previousNow") != null && now.get("previousNow").equals(this.previousFocused)) {
			throw new AssertionError("the element before " + where + " looked the same focused and unfocused: "
					+ this.previousFocused);
		}
		this.previous = focus.element();
		this.previousFocused = (String) now.get("signature");
		return focus;
	}

	/** Presses Tab until the focus is on what is wanted, checking every element on the way. */
	Focus tabTo(String what, Predicate<Focus> wanted) {
		for (int i = 0; i < MAX_TABS; i++) {
			Focus focus = tab();
			if (wanted.test(focus)) {
				return focus;
			}
		}
		throw new AssertionError(what + " not reached with " + MAX_TABS + " Tabs on " + this.driver.getCurrentUrl());
	}

	/** Presses a key other than Tab; Enter may load another page. */
	void press(CharSequence key) {
		if (key != Keys.TAB) {
			this.previous = null;
			this.previousFocused = null;
		}
		new Actions(this.driver).sendKeys(key).perform();
	}

	void type(CharSequence text) {
		new Actions(this.driver).sendKeys(text).perform();
	}

	/** Selects everything in the focused field (Ctrl+A), so that typing replaces it. */
	void selectAll() {
		new Actions(this.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
	}

	int tabs() {
		return this.tabs;
	}

}
