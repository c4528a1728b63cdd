package th.ita.portal.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip copy of a kept page. It is compressed once, at the best level, when the page is kept:
 * compressing every answer as Tomcat would costs more processor time than the rest of a cache hit.
 */
final class Gzip {

	private static final Pattern ZERO_QUALITY = Pattern.compile("0(\\.0{0,3})?");

	private Gzip() {
	}

	/**
	 * Whether an {@code Accept-Encoding} header accepts gzip: {@code gzip} or {@code x-gzip} named
	 * with a quality above zero, or else {@code *} above zero.
	 */
	static boolean accepts(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		Boolean gzip = null;
		boolean any = false;
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].trim();
			boolean accepted = true;
			for (int i = 1; i < parts.length; i++) {
				String parameter = parts[i].replace(" ", "").toLowerCase(Locale.ROOT);
				if (parameter.startsWith("q=")) {
					accepted = !ZERO_QUALITY.matcher(parameter.substring(2)).matches();
				}
			}
			if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
				gzip = (gzip == null) ? accepted : (gzip || accepted);
			}
			else if (name.equals("*")) {
				any = accepted;
			}
		}
		return (gzip != null) ? gzip : any;
	}

	static byte[] compress(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			// Only in memory: cannot happen.
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
