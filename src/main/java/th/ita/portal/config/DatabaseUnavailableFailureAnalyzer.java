package th.ita.portal.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unreachable database into one line that says how to start one, instead of a stack
 * trace.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

	static final String HOW_TO_START = "Start PostgreSQL with 'docker compose up -d db', or on Debian with "
			+ "'sudo pg_ctlcluster $(ls /etc/postgresql) main start' (install it with "
			+ "'sudo apt-get install -y postgresql'), or point ITA_DB_URL, ITA_DB_USER and ITA_DB_PASSWORD at one.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
		return new FailureAnalysis(cause.getMessage(), HOW_TO_START, cause);
	}

}
