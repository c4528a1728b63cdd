package th.ita.portal.framework;

import java.util.Locale;

/**
 * How an OIT item's code appears in addresses, declared once. Request mappings need compile-time
 * constants, so the pieces are strings; the database keeps its own check ({@code oit_item_code_format_ck},
 * which accepts {@code [oO]} since V10).
 * <p>
 * An address accepts the code in any case ({@code o1}, {@code O1}); the framework's own spelling
 * ({@code o1} in 2566, {@code O1} in later lists) is the permanent address, and the handlers answer
 * any other spelling with a permanent redirect to it ({@link #isOwnSpelling}). Lookups compare
 * {@code lower(code)}, which the unique index {@code oit_item_framework_code_ci_uk} serves.
 */
public final class ItemCodes {

	/** The code in an address, in any case: {@code o1} to {@code O999}. */
	public static final String CODE = "[oO]\\d{1,3}";

	/** The path variable {@code {code}} with its pattern. */
	public static final String CODE_VARIABLE = "{code:" + CODE + "}";

	private ItemCodes() {
	}

	/** Whether an address's code is spelled as the framework writes it (else: redirect to {@code own}). */
	public static boolean isOwnSpelling(String requested, String own) {
		return own.equals(requested);
	}

	/** The key a code is looked up by, whatever its case. */
	public static String key(String code) {
		return code.toLowerCase(Locale.ROOT);
	}

}
