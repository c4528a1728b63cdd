package th.ita.portal.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the two kinds of XML part that say what an Office package holds: its content types and
 * its relationships. Untrusted XML: no DTD, no external entities, no network.
 */
final class PackageXml {

	private PackageXml() {
	}

	/** The content types of a package: by extension ({@code Default}) and by part ({@code Override}). */
	record ContentTypes(Map<String, String> byExtension, Map<String, String> byPart) {

		List<String> all() {
			List<String> all = new ArrayList<>(this.byExtension.values());
			all.addAll(this.byPart.values());
			return all;
		}

		/** The content type of a part, by its lower-case name without the leading slash. */
		String of(String part) {
			String type = this.byPart.get(part);
			if (type != null) {
				return type;
			}
			int dot = part.lastIndexOf('.');
			return (dot >= 0) ? this.byExtension.get(part.substring(dot + 1)) : null;
		}

	}

	/**
	 * One relationship: its kind (the last segment of its type, lower case, e.g. {@code vbaproject}),
	 * its target as written, and whether that target is outside the package.
	 */
	record Relationship(String kind, String target, boolean external) {
	}

	/** XML that does not parse, or is not what a package part must be. */
	static class MalformedException extends Exception {

		private static final long serialVersionUID = 1L;

		MalformedException(Throwable cause) {
			super(cause);
		}

	}

	static ContentTypes contentTypes(byte[] xml) throws MalformedException {
		Map<String, String> byExtension = new HashMap<>();
		Map<String, String> byPart = new HashMap<>();
		Element root = parse(xml);
		NodeList defaults = root.getElementsByTagNameNS("*", "Default");
		for (int i = 0; i < defaults.getLength(); i++) {
			Element element = (Element) defaults.item(i);
			byExtension.put(element.getAttribute("Extension").toLowerCase(Locale.ROOT), element.getAttribute("ContentType"));
		}
		NodeList overrides = root.getElementsByTagNameNS("*", "Override");
		for (int i = 0; i < overrides.getLength(); i++) {
			Element element = (Element) overrides.item(i);
			String part = element.getAttribute("PartName").toLowerCase(Locale.ROOT);
			byPart.put(part.startsWith("/") ? part.substring(1) : part, element.getAttribute("ContentType"));
		}
		return new ContentTypes(byExtension, byPart);
	}

	static List<Relationship> relationships(byte[] xml) throws MalformedException {
		List<Relationship> relationships = new ArrayList<>();
		NodeList elements = parse(xml).getElementsByTagNameNS("*", "Relationship");
		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element) elements.item(i);
			String type = element.getAttribute("Type").strip();
			String kind = type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
			relationships.add(new Relationship(kind, element.getAttribute("Target").strip(),
					"External".equalsIgnoreCase(element.getAttribute("TargetMode").strip())));
		}
		return relationships;
	}

	private static Element parse(byte[] xml) throws MalformedException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(SAXParseException ex) throws SAXException {
					throw ex;
				}
			});
			return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new MalformedException(ex);
		}
	}

}
