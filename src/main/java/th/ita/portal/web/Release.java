package th.ita.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which build of the portal runs: part of every public page's validators, since a new release may
 * render the same data differently. The same on every instance of one build (never the process's
 * start time): {@code ITA_RELEASE} when set, else a checksum of the pages' layout and the time
 * the build made it.
 */
@Component
public class Release {

	private final String tag;

	private final long builtAt;

	Release(@Value("${ita.release:}") String configured) {
		URL layout = Release.class.getResource("/templates/layout.html");
		this.builtAt = modified(layout);
		this.tag = configured.isBlank() ? checksum(layout) : configured.replaceAll("[^A-Za-z0-9._-]", "");
	}

	/** A short tag naming this build: the same on every instance running it. */
	public String tag() {
		return this.tag;
	}

	/** When this build was made (the layout's time in the build), in epoch milliseconds, whole seconds. */
	public long builtAt() {
		return this.builtAt;
	}

	private static String checksum(URL layout) {
		CRC32 crc = new CRC32();
		if (layout != null) {
			try (InputStream in = layout.openStream()) {
				crc.update(in.readAllBytes());
			}
			catch (IOException ex) {
				// Left out of the checksum: the build time below still tells releases apart.
			}
		}
		crc.update(Long.toString(modified(layout)).getBytes(StandardCharsets.US_ASCII));
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

	private static long modified(URL resource) {
		if (resource == null) {
			return 0;
		}
		try {
			return resource.openConnection().getLastModified() / 1000 * 1000;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
