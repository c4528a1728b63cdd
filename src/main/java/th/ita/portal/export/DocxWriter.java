package th.ita.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

import th.ita.portal.export.ReportDocument.Block;
import th.ita.portal.export.ReportDocument.Cell;
import th.ita.portal.export.ReportDocument.Row;
import th.ita.portal.export.ReportDocument.Section;
import th.ita.portal.export.ReportDocument.Table;

/**
 * Writes the report as a Word document: A4, the title and summary on a portrait page, the wide
 * tables in a landscape section, header rows repeated on every page, page numbers in the footer
 * and the draft mark in the header.
 */
@Component
class DocxWriter {

	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	private static final int MARGIN = 1000;

	private static final int TABLE_WIDTH = A4_LONG - 2 * MARGIN;

	byte[] write(ReportDocument report, String page) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : report.title()) {
				DocxRuns.add(centred(doc), line, 18, true);
			}
			XWPFParagraph summary = doc.createParagraph();
			summary.setIndentationFirstLine(720);
			summary.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
			DocxRuns.add(summary, report.summary(), 16, false);
			CTSectPr portrait = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
			page(portrait, false);
			for (Section section : report.sections()) {
				if (section.heading() != null) {
					DocxRuns.add(doc.createParagraph(), section.heading(), 16, true);
				}
				for (Table table : section.tables()) {
					table(doc, table);
				}
			}
			CTSectPr landscape = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
					: doc.getDocument().getBody().addNewSectPr();
			page(landscape, true);
			headerAndFooter(doc, report, page);
			// The first (portrait) section shows the same header and footer.
			portrait.setHeaderReferenceArray(landscape.getHeaderReferenceArray());
			portrait.setFooterReferenceArray(landscape.getFooterReferenceArray());
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static XWPFParagraph centred(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return p;
	}

	private static void table(XWPFDocument doc, Table table) {
		if (table.group() != null) {
			DocxRuns.add(doc.createParagraph(), table.group(), 16, true);
		}
		if (table.topic() != null) {
			DocxRuns.add(doc.createParagraph(), table.topic(), 15, true);
		}
		int columns = table.columns().size();
		XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
		t.setWidth(Integer.toString(TABLE_WIDTH));
		int total = table.widths().stream().mapToInt(Integer::intValue).sum();
		var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
		String[] widths = new String[columns];
		for (int i = 0; i < columns; i++) {
			long width = (long) TABLE_WIDTH * table.widths().get(i) / total;
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
			widths[i] = Long.toString(width);
		}
		for (XWPFTableRow row : t.getRows()) {
			for (int i = 0; i < columns; i++) {
				row.getCell(i).setWidth(widths[i]);
			}
		}
		XWPFTableRow header = t.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < columns; i++) {
			XWPFParagraph p = header.getCell(i).getParagraphs().get(0);
			p.setAlignment(ParagraphAlignment.CENTER);
			DocxRuns.add(p, table.columns().get(i), 14, true);
			header.getCell(i).setColor("E6E6E6");
		}
		for (int r = 0; r < table.rows().size(); r++) {
			Row row = table.rows().get(r);
			for (int i = 0; i < columns; i++) {
				cell(t.getRow(r + 1).getCell(i), row.cells().get(i));
			}
		}
		doc.createParagraph().setSpacingAfter(0);
	}

	private static void cell(XWPFTableCell cell, Cell content) {
		boolean first = true;
		for (Block block : content.blocks()) {
			XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
			first = false;
			p.setSpacingAfter(0);
			if (block.isListItem()) {
				p.setIndentationLeft(220 * block.depth());
				p.setIndentationHanging(220);
				DocxRuns.add(p, block.marker() + " " + block.text(), 14, false);
			}
			else {
				DocxRuns.add(p, block.text(), 14, false);
			}
		}
	}

	private static void page(CTSectPr section, boolean landscape) {
		var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger m = BigInteger.valueOf(MARGIN);
		margins.setTop(m);
		margins.setBottom(m);
		margins.setLeft(m);
		margins.setRight(m);
		margins.setHeader(BigInteger.valueOf(500));
		margins.setFooter(BigInteger.valueOf(500));
	}

	private static void headerAndFooter(XWPFDocument doc, ReportDocument report, String page) {
		var header = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph mark = header.createParagraph();
		mark.setAlignment(ParagraphAlignment.CENTER);
		if (report.isDraft()) {
			DocxRuns.add(mark, report.draftMark(), 14, true).setColor("B00000");
		}
		var footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph number = footer.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		DocxRuns.add(number, page + " ", 12, false);
		number.getCTP().addNewFldSimple().setInstr("PAGE");
	}

}
