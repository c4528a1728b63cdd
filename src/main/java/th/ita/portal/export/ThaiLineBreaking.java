package th.ita.portal.export;

import java.text.BreakIterator;
import java.util.Locale;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Line breaks between Thai words, which have no spaces between them. Flying Saucer passes "en"
 * whatever the document's language, so the Thai iterator is used for every text; it breaks Latin
 * text at spaces as usual.
 */
final class ThaiLineBreaking implements LineBreakingStrategy {

	private static final Locale THAI = Locale.forLanguageTag("th");

	@Override
	public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
		BreakIterator iterator = BreakIterator.getLineInstance(THAI);
		iterator.setText(text);
		return () -> {
			int next = iterator.next();
			return (next == BreakIterator.DONE) ? BreakPoint.getDonePoint() : new BreakPoint(next);
		};
	}

}
