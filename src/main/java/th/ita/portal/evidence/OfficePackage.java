package th.ita.portal.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells what an Office Open XML package (a .docx or .xlsx is a ZIP of parts) is, as Word and
 * Excel themselves would: the main part is the one the package's relationships ({@code _rels/.rels})
 * name as the office document, and its type is the content type {@code [Content_Types].xml} gives
 * it. Names never count. A package that can run code on its reader's computer is
 * {@link Verdict#ACTIVE_CONTENT}: one with a macro-enabled or macro content type anywhere, a VBA
 * project, ActiveX controls or Excel 4.0 macro sheets (by part, content type or relationship), or
 * a template or OLE object fetched from another server.
 *
 * <p>Every part is inflated once, counted, before anything is believed: a package of more than
 * {@value #MAX_PARTS} parts, one that would inflate past {@link #MAX_INFLATED} bytes, one whose
 * parts inflate to other sizes than its directory says, two parts of one name, or XML that does not
 * parse is {@link Verdict#UNREADABLE}. So a ZIP bomb costs at most one bounded pass.
 */
final class OfficePackage {

	enum Verdict {

		DOCX, XLSX, OTHER, ACTIVE_CONTENT, UNREADABLE

	}

	static final int MAX_PARTS = 10_000;

	static final long MAX_INFLATED = 512L * 1024 * 1024;

	/** The most bytes of {@code [Content_Types].xml} and relationship parts kept to be read. */
	static final int MAX_XML = 16 * 1024 * 1024;

	static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	/** Content types (lower case) that only packages able to run code have. */
	private static final List<String> ACTIVE_TYPES = List.of("macroenabled", "vbaproject", "vbadata", "activex",
			"macrosheet", "ms-excel.sheet.binary", "ms-excel.addin");

	/** Relationship types (the last segment, lower case) that lead to code. */
	private static final Set<String> ACTIVE_RELATIONSHIPS = Set.of("vbaproject", "vbaprojectsignature",
			"vbaprojectsignatureagile", "vbaprojectsignaturev3", "wordvbadata", "keymapcustomizations", "control",
			"activexcontrolbinary", "xlmacrosheet", "xlintlmacrosheet");

	/** Relationship types that fetch something able to run code when their target is on another server. */
	private static final Set<String> ACTIVE_IF_EXTERNAL = Set.of("attachedtemplate", "oleobject", "subdocument",
			"frame");

	/** Extensions of packages able to run code, should one be embedded in another. */
	private static final Set<String> ACTIVE_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlam", "xlsb",
			"pptm", "potm", "ppsm", "ppam", "sldm");

	private OfficePackage() {
	}

	static Verdict inspect(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Parts parts = inflateAll(zip);
			return (parts != null) ? verdict(parts) : Verdict.UNREADABLE;
		}
		catch (IOException | PackageXml.MalformedException | RuntimeException ex) {
			// A damaged ZIP, a part that fails to inflate, XML that does not parse.
			return Verdict.UNREADABLE;
		}
	}

	/**
	 * Inflates every part once, checking counts and sizes, and keeps the content types and
	 * relationship parts; null when the package is too large, has too many parts, or is not what its
	 * directory says. Part names are case-insensitive in a package, as in Office.
	 */
	private static Parts inflateAll(ZipFile zip) throws IOException {
		List<? extends ZipEntry> entries = Collections.list(zip.entries());
		if (entries.size() > MAX_PARTS) {
			return null;
		}
		Set<String> names = new HashSet<>();
		Map<String, byte[]> xml = new HashMap<>();
		long inflated = 0;
		long kept = 0;
		byte[] buffer = new byte[64 * 1024];
		for (ZipEntry entry : entries) {
			String name = entry.getName().toLowerCase(Locale.ROOT);
			if (!names.add(name) || entry.getSize() < 0 || entry.getSize() > MAX_INFLATED - inflated) {
				return null;
			}
			inflated += entry.getSize();
			boolean keep = name.equals("[content_types].xml") || name.endsWith(".rels");
			if (keep && (kept += entry.getSize()) > MAX_XML) {
				return null;
			}
			byte[] content = read(zip, entry, buffer, keep);
			if (content == null) {
				return null;
			}
			if (keep) {
				xml.put(name, content);
			}
		}
		return new Parts(names, xml);
	}

	/** The names of a package's parts (lower case), and its content types and relationship parts by name. */
	private record Parts(Set<String> names, Map<String, byte[]> xml) {
	}

	/** The part's bytes (or an empty array when not kept); null when it inflates to another size than declared. */
	private static byte[] read(ZipFile zip, ZipEntry entry, byte[] buffer, boolean keep) throws IOException {
		ByteArrayOutputStream content = keep ? new ByteArrayOutputStream((int) entry.getSize()) : null;
		long count = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				count += n;
				if (count > entry.getSize()) {
					return null;
				}
				if (content != null) {
					content.write(buffer, 0, n);
				}
			}
		}
		if (count != entry.getSize()) {
			return null;
		}
		return (content != null) ? content.toByteArray() : new byte[0];
	}

	private static Verdict verdict(Parts parts) throws PackageXml.MalformedException {
		byte[] contentTypes = parts.xml().get("[content_types].xml");
		if (contentTypes == null) {
			return Verdict.OTHER;
		}
		PackageXml.ContentTypes types = PackageXml.contentTypes(contentTypes);
		if (types.all().stream().anyMatch(OfficePackage::isActiveType)
				|| parts.names().stream().anyMatch(OfficePackage::isActivePart)) {
			return Verdict.ACTIVE_CONTENT;
		}
		List<PackageXml.Relationship> main = new ArrayList<>();
		for (Map.Entry<String, byte[]> part : parts.xml().entrySet()) {
			if (!part.getKey().endsWith(".rels")) {
				continue;
			}
			for (PackageXml.Relationship relationship : PackageXml.relationships(part.getValue())) {
				String kind = relationship.kind();
				if (ACTIVE_RELATIONSHIPS.contains(kind) || (relationship.external() && ACTIVE_IF_EXTERNAL.contains(kind))
						|| (!relationship.external() && isActivePart(relationship.target()))) {
					return Verdict.ACTIVE_CONTENT;
				}
				if (part.getKey().equals("_rels/.rels") && kind.equals("officedocument")) {
					main.add(relationship);
				}
			}
		}
		if (main.size() != 1 || main.get(0).external()) {
			return Verdict.OTHER;
		}
		String mainPart = main.get(0).target().toLowerCase(Locale.ROOT);
		while (mainPart.startsWith("/") || mainPart.startsWith("./")) {
			mainPart = mainPart.substring(mainPart.indexOf('/') + 1);
		}
		if (!parts.names().contains(mainPart)) {
			return Verdict.OTHER;
		}
		String type = types.of(mainPart);
		if (DOCX_MAIN.equalsIgnoreCase(type)) {
			return Verdict.DOCX;
		}
		return XLSX_MAIN.equalsIgnoreCase(type) ? Verdict.XLSX : Verdict.OTHER;
	}

	private static boolean isActiveType(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		return ACTIVE_TYPES.stream().anyMatch(type::contains);
	}

	/** A part name (any case) of a VBA project, ActiveX control, macro sheet or embedded macro-enabled file. */
	static boolean isActivePart(String name) {
		String part = name.toLowerCase(Locale.ROOT);
		int dot = part.lastIndexOf('.');
		return part.endsWith("vbaproject.bin") || part.endsWith("vbadata.xml") || part.contains("activex/")
				|| part.contains("macrosheets/") || (dot >= 0 && ACTIVE_EXTENSIONS.contains(part.substring(dot + 1)));
	}

}
