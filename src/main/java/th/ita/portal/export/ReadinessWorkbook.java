package th.ita.portal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.ita.portal.readiness.ItemReadiness;
import th.ita.portal.readiness.SubindicatorReadiness;
import th.ita.portal.readiness.YearReadiness;
import th.ita.portal.unit.Unit;

/**
 * The readiness report for auditors as a workbook: one sheet of every item (code, title,
 * sub-indicator, units, state, reasons one a line), one of the shares per sub-indicator and overall.
 */
@Component
class ReadinessWorkbook {

	private final MessageSource messages;

	ReadinessWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(YearReadiness year, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XlsxWriter.Sheets sheets = new XlsxWriter.Sheets(book, XlsxWriter.FONT);
			sheets.add(text("readiness.xlsx.items", locale), null,
					columns(locale, "code", "title", "subindicator", "units", "state", "reasons"),
					List.of(6, 40, 10, 20, 12, 50), items(year, locale));
			sheets.add(text("readiness.xlsx.shares", locale), null,
					columns(locale, "subindicator", "items", "ready", "attention", "not-ready", "percent"),
					List.of(40, 10, 10, 10, 10, 10), shares(year, locale));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<List<String>> items(YearReadiness year, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (ItemReadiness i : year.items()) {
			var item = i.disclosure().getItem();
			rows.add(List.of(item.getDisplayCode(), item.getTitle(), item.getSubindicator().getCode(),
					i.disclosure().getUnits().stream().map(Unit::getName).collect(Collectors.joining(", ")),
					text(i.state().messageKey(), locale),
					i.reasons().stream().map(r -> this.messages.getMessage(r.messageKey(), r.args(), locale))
						.collect(Collectors.joining("\n"))));
		}
		return rows;
	}

	private List<List<String>> shares(YearReadiness year, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (SubindicatorReadiness s : year.bySubindicator()) {
			rows.add(share(s.code() + " " + s.name(), s));
		}
		rows.add(share(text("readiness.overall", locale), year.overall()));
		return rows;
	}

	private static List<String> share(String name, SubindicatorReadiness s) {
		return List.of(name, String.valueOf(s.items()), String.valueOf(s.ready()), String.valueOf(s.needsAttention()),
				String.valueOf(s.notReady()), s.percentReady().toPlainString());
	}

	private List<String> columns(Locale locale, String... names) {
		return java.util.Arrays.stream(names).map(n -> text("readiness.xlsx.col." + n, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
