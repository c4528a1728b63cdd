package th.ita.portal.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Runs Word shows in Thai: Word takes a Thai run's font, size and weight from the complex-script
 * properties, so those are set beside the Latin ones, with the run's language marked th-TH.
 */
final class DocxRuns {

	static final String FONT = "TH Sarabun New";

	private DocxRuns() {
	}

	static XWPFRun add(XWPFParagraph paragraph, String text, int points, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(FONT, FontCharRange.ascii);
		run.setFontFamily(FONT, FontCharRange.hAnsi);
		run.setFontFamily(FONT, FontCharRange.cs);
		run.setFontFamily(FONT, FontCharRange.eastAsia);
		run.setFontSize(points);
		run.setBold(bold);
		CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		pr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
		if (bold) {
			pr.addNewBCs();
		}
		var lang = pr.addNewLang();
		lang.setVal("th-TH");
		lang.setBidi("th-TH");
		return run;
	}

}
