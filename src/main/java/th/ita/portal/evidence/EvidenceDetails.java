package th.ita.portal.evidence;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.ita.portal.common.RetriedOnLostRace;
import th.ita.portal.common.StaleVersionException;
import th.ita.portal.framework.OitItemComponent;
import th.ita.portal.oit.DisclosureAccess;
import th.ita.portal.oit.OitDisclosure;

/**
 * Ties a piece of evidence to its item's data components and records its dates. A component of
 * another item, a date that is not one or lies outside 2500–2700 พ.ศ., and a period that ends before
 * it starts are refused with nothing changed; a change leaves a revision ({@link EvidenceList}).
 */
@RetriedOnLostRace
@Service
@Transactional
public class EvidenceDetails {

	private final DisclosureAccess access;

	private final EvidenceList list;

	EvidenceDetails(DisclosureAccess access, EvidenceList list) {
		this.access = access;
		this.list = list;
	}

	/** Saves the form, or reports what is wrong in {@code errors} and changes nothing. */
	public void save(int year, String code, long id, DetailsForm form, Errors errors) {
		OitDisclosure disclosure = this.access.requireEditable(year, code);
		Evidence target = this.list.find(disclosure, id);
		Set<Long> own = new LinkedHashSet<>();
		for (OitItemComponent c : disclosure.getItem().getComponents()) {
			own.add(c.getId());
		}
		if (!own.containsAll(form.getComponents())) {
			errors.rejectValue("components", "evidence.details.components.foreign");
		}
		LocalDate date = form.documentDate(errors);
		LocalDate[] period = form.period(errors);
		if (errors.hasErrors()) {
			return;
		}
		if (form.getVersion() == null || target.getVersion() != form.getVersion()) {
			throw new StaleVersionException("evidence " + id);
		}
		Set<Long> ties = new LinkedHashSet<>();
		own.stream().filter(form.getComponents()::contains).forEach(ties::add);
		this.list.change(disclosure, all -> target.describe(ties, new EvidenceDates(date, period[0], period[1])));
	}


}
