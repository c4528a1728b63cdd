package th.ita.portal.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.JdbcTemplate;

import th.ita.portal.evidence.TestFiles;
import th.ita.portal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF (shown in place) and a Word file (downloaded) on demo item o12, uploaded and published by
 * the demo admin through the portal's own forms; their public and staff addresses.
 */
record PublishedEvidence(String publicPdf, String publicDocx, String staffPdf, String staffDocx) {

	static final String AUDITOR = "demo.auditor";

	static final String AUDITOR_PASSWORD = "demo-auditor-2566";

	static final String ITEM = "/staff/2566/oit/o12";

	static PublishedEvidence publish(PortalHttp anonymous, JdbcTemplate jdbc) throws Exception {
		PortalHttp admin = anonymous.signedInAs(StaleEdits.ADMIN, StaleEdits.ADMIN_PASSWORD);
		String csrf = admin.csrf(admin.get(ITEM + "/evidence"));
		assertThat(admin.upload(ITEM + "/evidence/file", csrf, "report.pdf", TestFiles.pdf(),
				Map.of("title", "PDF evidence")).statusCode()).isEqualTo(302);
		assertThat(admin.upload(ITEM + "/evidence/file", csrf, "order.docx", TestFiles.docx(),
				Map.of("title", "DOCX evidence")).statusCode()).isEqualTo(302);
		assertThat(admin.post(ITEM + "/publish", csrf).statusCode()).isEqualTo(302);
		HttpResponse<byte[]> page = anonymous.get("/ita/2566/oit/o12");
		Document links = Jsoup.parse(PortalHttp.text(page));
		return new PublishedEvidence(links.select("a:contains(PDF evidence)").attr("href"),
				links.select("a:contains(DOCX evidence)").attr("href"), staff(jdbc, "report.pdf"), staff(jdbc, "order.docx"));
	}

	private static String staff(JdbcTemplate jdbc, String name) {
		return "/staff/evidence/" + jdbc.queryForObject("select id from evidence where original_name = ?", Long.class, name)
				+ "/download";
	}

}
