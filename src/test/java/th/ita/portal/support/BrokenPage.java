package th.ita.portal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A public page whose query the database refuses, for tests of the server-error page: the
 * exception that reaches Tomcat has SQL in it, as a real fault's would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BrokenPage {

	public static final String PATH = "/ita/2566/broken-page";

	@Bean
	RouterFunction<ServerResponse> brokenPage(JdbcTemplate jdbc) {
		return RouterFunctions.route(RequestPredicates.GET(PATH), (request) -> {
			jdbc.queryForList("select secret from no_such_table");
			return ServerResponse.ok().build();
		});
	}

}
