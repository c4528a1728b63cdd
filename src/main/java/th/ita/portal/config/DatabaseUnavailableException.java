package th.ita.portal.config;

/** PostgreSQL could not be reached, or the portal's database could not be created. */
public class DatabaseUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String url;

	public DatabaseUnavailableException(String url, String reason) {
		super("Cannot use PostgreSQL at " + url + ": " + reason);
		this.url = url;
	}

	public String getUrl() {
		return this.url;
	}

}
