package vn.atgt.thidua.commendation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.commendation.internal.AwardForm;
import vn.atgt.thidua.commendation.internal.AwardFormRepository;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The catalogue of award forms and titles, dated: the administrator keeps it ({@code /admin/award-forms}); a proposal
 * is offered only the forms valid on its decision date and for its kind of nominee ({@link #offeredOn}), and a form
 * whose validity does not cover the date is refused with a message ({@link #requireOffered}).
 */
@Service
@Transactional(readOnly = true)
public class AwardFormService {

	private final AwardFormRepository forms;
	private final CommendationAccess access;

	AwardFormService(AwardFormRepository forms, CommendationAccess access) {
		this.forms = forms;
		this.access = access;
	}

	/** The whole catalogue, newest validity first, for the administrator. */
	public List<AwardFormView> catalogue(CurrentUser user) {
		access.requireCatalogueKeeper(user);
		return forms.catalogue().stream().map(AwardFormService::view).toList();
	}

	/** The whole catalogue, for a proposal to cite the awards already received as its grounds. */
	List<AwardFormView> all() {
		return forms.catalogue().stream().map(AwardFormService::view).toList();
	}

	/** True when every id is a form of the catalogue. */
	boolean allExist(java.util.Collection<Long> ids) {
		return ids.isEmpty() || forms.findAllById(ids).size() == new java.util.HashSet<>(ids).size();
	}

	/** One form, for the administrator's edit page. */
	public AwardFormView get(CurrentUser user, Long id) {
		access.requireCatalogueKeeper(user);
		return view(load(id));
	}

	/**
	 * Adds a form to the catalogue.
	 * @throws FieldException {@code code} when taken; {@code validTo} before {@code validFrom}; no kind of nominee; no
	 *         submission among the parts
	 */
	@Transactional
	public Long create(CurrentUser user, AwardFormCommand command) {
		access.requireCatalogueKeeper(user);
		if (forms.existsByCodeIgnoreCase(command.code().strip())) {
			throw new FieldException("code", "award.code.taken");
		}
		return forms.save(new AwardForm(command)).getId();
	}

	/** Corrects a form of the catalogue (its dates, its decider, its parts…). */
	@Transactional
	public void update(CurrentUser user, Long id, long version, AwardFormCommand command) {
		access.requireCatalogueKeeper(user);
		AwardForm form = load(id);
		StaleDataException.check(form, version);
		if (forms.existsByCodeIgnoreCaseAndIdNot(command.code().strip(), id)) {
			throw new FieldException("code", "award.code.taken");
		}
		form.update(command);
	}

	/** The forms a decision of that date may confer on that kind of nominee (the catalogue is not scoped data). */
	public List<AwardFormView> offeredOn(LocalDate decisionDate, NomineeKind kind) {
		return forms.catalogue().stream().map(AwardFormService::view)
			.filter(f -> f.validOn(decisionDate) && (kind == null || f.accepts(kind)))
			.toList();
	}

	/**
	 * The form, if a decision of that date may confer it on that kind of nominee.
	 * @throws FieldException {@code awardFormId} naming the form's validity when it does not cover the date, or when it
	 *         is not for that kind of nominee
	 */
	public AwardFormView requireOffered(Long formId, LocalDate decisionDate, NomineeKind kind) {
		AwardFormView form = forms.findById(formId).map(AwardFormService::view)
			.orElseThrow(() -> new FieldException("awardFormId", "award.unknown"));
		if (!form.validOn(decisionDate)) {
			throw new FieldException("awardFormId", "award.notValidOn", form.name(), Formats.DATE.format(decisionDate),
					Formats.DATE.format(form.validFrom()),
					form.validTo() == null ? "…" : Formats.DATE.format(form.validTo()));
		}
		if (!form.accepts(kind)) {
			throw new FieldException("awardFormId", "award.notForNominee");
		}
		return form;
	}

	/** A form by id, for the proposals that name it. */
	AwardFormView view(Long id) {
		return view(load(id));
	}

	private AwardForm load(Long id) {
		return forms.findById(id).orElseThrow(() -> new NotFoundException("award form", id));
	}

	static AwardFormView view(AwardForm f) {
		return new AwardFormView(f.getId(), f.getCode(), f.getName(), f.getBasis(), f.getDecider(), f.getLegalBasis(),
				f.getValidFrom(), f.getValidTo(), f.isForCollective(), f.isForIndividual(), f.isViaHigherCommittee(),
				AwardFormView.ordered(f.getParts()), f.getVersion());
	}

}
