package th.ita.portal.framework;

/**
 * How an OIT item's code appears in addresses, declared once. Request mappings need compile-time
 * constants, so the pieces are strings; the database keeps its own check (V1, {@code oit_item_code_format_ck}).
 */
public final class ItemCodes {

	/** The code as the portal links it: {@code o1} to {@code o999}. */
	public static final String CODE = "o\\d{1,3}";

	/** The code as reports print it ({@code O12}); answered with a permanent redirect to {@link #CODE}. */
	public static final String PRINTED_CODE = "O\\d{1,3}";

	/** The path variable {@code {code}} with its pattern. */
	public static final String CODE_VARIABLE = "{code:" + CODE + "}";

	private ItemCodes() {
	}

}
