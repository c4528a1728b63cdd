package th.ita.portal.framework;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.ita.portal.audit.AuditAction;
import th.ita.portal.audit.AuditLog;
import th.ita.portal.common.NotFoundException;

/** Lists, imports and deletes frameworks; every change is audited in the same transaction. */
@Service
public class FrameworkAdminService {

	private final FrameworkStore store;

	private final AuditLog audit;

	FrameworkAdminService(FrameworkStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<FrameworkSummary> list() {
		return this.store.list();
	}

	@Transactional(readOnly = true)
	public FrameworkSummary get(long id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("framework " + id));
	}

	@Transactional(readOnly = true)
	public FrameworkTree tree(long id) {
		get(id);
		return this.store.tree(id);
	}

	/** The newest framework, which a new year's file starts from. */
	@Transactional(readOnly = true)
	public FrameworkSummary newest() {
		return this.store.newest().orElseThrow(() -> new NotFoundException("framework"));
	}

	/**
	 * Stores the framework in the file, or refuses it whole with every problem found.
	 * @return the new framework's id
	 */
	@Transactional
	public long importFile(FrameworkImport request) {
		List<ImportProblem> problems = new ArrayList<>();
		Integer year = request.fiscalYear(problems);
		String name = request.cleanName();
		String variant = request.cleanVariant();
		if (name.isEmpty()) {
			problems.add(ImportProblem.of(0, "name", "missing-name"));
		}
		else if (name.length() > 300 || name.chars().anyMatch(c -> c < 0x20)) {
			problems.add(ImportProblem.of(0, "name", "bad-name", 300));
		}
		else if (year != null && this.store.nameTaken(year, name)) {
			problems.add(ImportProblem.of(0, "name", "name-taken", year));
		}
		if (variant.length() > 100 || variant.chars().anyMatch(c -> c < 0x20)) {
			problems.add(ImportProblem.of(0, "variant", "bad-variant", 100));
		}
		List<FileRow> rows = FrameworkFiles.read(request.filename(), request.size(), request.bytes(), problems);
		FrameworkTree tree = problems.stream().anyMatch(p -> p.column().equals("file")) ? null
				: FrameworkRowParser.parse(rows, problems);
		if (!problems.isEmpty()) {
			throw new FrameworkRejectedException(problems);
		}
		long id;
		try {
			id = this.store.insert(year, name, variant, tree);
		}
		catch (DataIntegrityViolationException ex) {
			if (!violates(ex, "framework_year_name_uk")) {
				throw ex;
			}
			// another admin imported the same year and name a moment ago
			throw new FrameworkRejectedException(List.of(ImportProblem.of(0, "name", "name-taken", year)));
		}
		this.audit.record(AuditAction.FRAMEWORK_IMPORTED, subject(id, year, name, variant) + ": "
				+ tree.indicators().size() + " indicators, " + tree.subindicatorCount() + " sub-indicators, "
				+ tree.itemCount() + " items, " + tree.componentCount() + " components, from "
				+ request.filename());
		return id;
	}

	/** Deletes a framework no agency's year uses; refuses one that is used. */
	@Transactional
	public void delete(long id) {
		FrameworkSummary framework = get(id);
		if (!this.store.lock(id)) {
			throw new NotFoundException("framework " + id);
		}
		int reports = this.store.reportCount(id);
		if (reports > 0) {
			throw new FrameworkInUseException(reports);
		}
		this.store.delete(id);
		this.audit.record(AuditAction.FRAMEWORK_DELETED, subject(id, framework.fiscalYear(), framework.name(),
				framework.variant()) + ": " + framework.items() + " items");
	}

	/** Whether a plain SQL write broke this unique constraint (23505 names it in its message). */
	private static boolean violates(DataIntegrityViolationException ex, String constraint) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
					&& String.valueOf(sql.getMessage()).contains(constraint)) {
				return true;
			}
		}
		return false;
	}

	private static String subject(long id, int year, String name, String variant) {
		return "framework " + id + " " + year + " " + name + (variant.isEmpty() ? "" : " (" + variant + ")");
	}

}
