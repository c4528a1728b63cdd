package th.ita.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Writes the report as PDF with Flying Saucer on OpenPDF: Thai shaped by OpenPDF's layout
 * processor (marks placed, ActualText written so copied text is exact), Sarabun embedded, lines
 * broken between Thai words, table headers repeated on every page. Each export has its own
 * renderer; the fonts are loaded once and only read afterwards.
 */
@Component
class PdfWriter {

	private static final String SARABUN = "static/fonts/Sarabun-Regular.ttf";

	private static final String SARABUN_BOLD = "static/fonts/Sarabun-Bold.ttf";

	private static final String SYMBOLS = "export/fonts/DejaVuSans.ttf";

	static {
		// Global state of OpenPDF: switched on once, before any font is loaded, and never off.
		LayoutProcessor.enable();
		LayoutProcessor.setWriteActualText();
	}

	private final BaseFont regular;

	private final BaseFont bold;

	private final BaseFont symbols;

	private final String css;

	PdfWriter() {
		this.regular = font(SARABUN);
		this.bold = font(SARABUN_BOLD);
		this.symbols = font(SYMBOLS);
		this.css = read("export/report.css");
	}

	byte[] write(ReportDocument report, String page, String of) {
		org.w3c.dom.Document xhtml = new W3CDom().fromJsoup(PdfHtml.build(report, this.css, page, of));
		ITextRenderer renderer = new ITextRenderer();
		renderer.getSharedContext().setLineBreakingStrategy(new ThaiLineBreaking());
		ITextFontResolver fonts = renderer.getFontResolver();
		fonts.addFont(this.regular, SARABUN, "Sarabun");
		fonts.addFont(this.bold, SARABUN_BOLD, "Sarabun");
		fonts.addFont(this.symbols, SYMBOLS, "DejaVu Sans");
		renderer.setDocument(xhtml, null);
		renderer.layout();
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		renderer.createPDF(out);
		return out.toByteArray();
	}

	private static BaseFont font(String resource) {
		try {
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot load the font " + resource, ex);
		}
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
