package th.ita.portal.evidence;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * File sizes as readers say them, e.g. {@code 1.5 เมกะไบต์} or {@code 1.5 MB}. Templates call it
 * as {@code ${@fileSizes.format(bytes)}}.
 */
@Component("fileSizes")
public class FileSizes {

	private static final long KB = 1024;

	private static final long MB = KB * 1024;

	private final MessageSource messages;

	FileSizes(MessageSource messages) {
		this.messages = messages;
	}

	public String format(long bytes) {
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat number = NumberFormat.getNumberInstance(Locale.ROOT);
		number.setMaximumFractionDigits(1);
		number.setGroupingUsed(true);
		if (bytes < KB) {
			return this.messages.getMessage("evidence.size.bytes", new Object[] { Long.toString(bytes) }, locale);
		}
		if (bytes < MB) {
			return this.messages.getMessage("evidence.size.kb", new Object[] { number.format(bytes / (double) KB) },
					locale);
		}
		return this.messages.getMessage("evidence.size.mb", new Object[] { number.format(bytes / (double) MB) },
				locale);
	}

}
