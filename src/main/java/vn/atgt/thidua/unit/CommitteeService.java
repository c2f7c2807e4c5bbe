package vn.atgt.thidua.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.RequestMemo;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.unit.internal.AreaRepository;
import vn.atgt.thidua.unit.internal.Committee;
import vn.atgt.thidua.unit.internal.CommitteeMember;
import vn.atgt.thidua.unit.internal.CommitteeMemberRepository;
import vn.atgt.thidua.unit.internal.CommitteeRepository;
import vn.atgt.thidua.unit.internal.CommitteeStanding;
import vn.atgt.thidua.unit.internal.MemberUnitRepository;

/** The traffic-safety committees: their document header and signature data, standing office and members. */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

	private static final String MEMO = "committee.";

	private final CommitteeRepository committees;
	private final CommitteeMemberRepository members;
	private final AreaRepository areas;
	private final MemberUnitRepository units;

	CommitteeService(CommitteeRepository committees, CommitteeMemberRepository members, AreaRepository areas,
			MemberUnitRepository units) {
		this.committees = committees;
		this.members = members;
		this.areas = areas;
		this.units = units;
	}

	public List<CommitteeSummary> committees() {
		return committees.summaries();
	}

	/**
	 * One committee in short, read by its id. In a web request it is read once, with {@link #place}, and kept for the
	 * rest of the request (the dashboard, the accident figures and the navigation all ask for the user's committee);
	 * elsewhere the second read of the same committee in a transaction costs no SQL (the persistence context).
	 */
	public Optional<CommitteeSummary> summary(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		if (!RequestMemo.inRequest()) {
			return committees.findById(id).map(c -> new CommitteeSummary(c.getId(), c.getName(), c.getAreaId(),
					c.getStandingOfficeUnitId(), c.isActive(), c.getParentId()));
		}
		return standing(id).map(CommitteeStanding::summary);
	}

	/**
	 * Whether the committee has a parent and committees below it: the navigation asks on every page, for the
	 * roll-up's link and the sending's. With {@link #summary} one short statement per request.
	 */
	public CommitteePlace place(Long id) {
		return id == null ? CommitteePlace.none(null)
				: standing(id).map(CommitteeStanding::place).orElseGet(() -> CommitteePlace.none(id));
	}

	/** The committee and whether it has children, kept for the request (a change of the tree forgets it). */
	private Optional<CommitteeStanding> standing(Long id) {
		return RequestMemo.get(MEMO + id, () -> committees.standing(id));
	}

	public CommitteeView get(Long id) {
		Committee c = committees.findById(id).orElseThrow(() -> new NotFoundException("committee", id));
		String areaName = areas.findById(c.getAreaId()).map(a -> a.displayName()).orElse(null);
		String officeName = c.getStandingOfficeUnitId() == null ? null
				: units.findById(c.getStandingOfficeUnitId()).map(u -> u.getName()).orElse(null);
		String parentName = c.getParentId() == null ? null
				: committees.findById(c.getParentId()).map(Committee::getName).orElse(null);
		return new CommitteeView(c.getId(), c.getName(), c.getAreaId(), areaName, c.getStandingOfficeUnitId(),
				officeName, c.getParentBody(), c.getIssuingBody(), c.getIssuerCode(), c.getPlaceName(),
				c.getSignatureAuthority(), c.getSignerTitle(), c.getSignerNote(), c.getSignerName(),
				c.getDefaultRecipients(), c.isActive(), c.getVersion(), members.rows(id), c.getKind(),
				c.getParentId(), parentName);
	}

	/** The committees directly under this one (the communes' under the province's), by name. */
	public List<CommitteeSummary> children(Long id) {
		return committees.children(id);
	}

	/** The committee this one reports to, if any. */
	public Optional<CommitteeSummary> parentOf(Long id) {
		return summary(id).map(CommitteeSummary::parentId).flatMap(this::summary);
	}

	/**
	 * Places a committee under another (null: at the top of the installation); refused with a field error when the
	 * new parent is the committee itself or one of the committees below it.
	 */
	@Transactional
	public void placeUnder(Long id, Long parentId) {
		Committee committee = committees.findById(id).orElseThrow(() -> new NotFoundException("committee", id));
		for (Long above = parentId; above != null; above = committees.findById(above)
			.orElseThrow(() -> new FieldException("parentId", "committee.parent.unknown"))
			.getParentId()) {
			if (above.equals(id)) {
				throw new FieldException("parentId", "committee.parent.cycle");
			}
		}
		committee.placeUnder(parentId);
		RequestMemo.forget(MEMO);
	}

	/** The id of the first active committee, or null when there is none yet. */
	public Long mainId() {
		return main().map(CommitteeSummary::id).orElse(null);
	}

	/** The first active committee: the one a district or commune installation runs. */
	public Optional<CommitteeSummary> main() {
		return committees.summaries().stream().filter(CommitteeSummary::active).findFirst();
	}

	/** A new committee under the command's parent. @throws FieldException on an unknown area or parent */
	@Transactional
	public Long create(CommitteeCommand command) {
		Committee committee = new Committee(command.name(), command.areaId());
		apply(committee, command);
		Long id = committees.save(committee).getId();
		placeUnder(id, command.parentId());
		return id;
	}

	/** Saves the committee, its kind and its parent. @throws FieldException on a cycle of parents */
	@Transactional
	public void update(Long id, long version, CommitteeCommand command) {
		Committee committee = committees.findById(id).orElseThrow(() -> new NotFoundException("committee", id));
		StaleDataException.check(committee, version);
		apply(committee, command);
		placeUnder(id, command.parentId());
	}

	/**
	 * The committee itself and every committee below it, at any depth: those whose movements its office and leaders
	 * read (issue 18). One recursive query.
	 */
	public List<Long> selfAndDescendants(Long id) {
		return id == null ? List.of() : committees.selfAndDescendants(id);
	}

	@Transactional
	public Long addMember(Long committeeId, MemberCommand command) {
		committees.findById(committeeId).orElseThrow(() -> new NotFoundException("committee", committeeId));
		checkUnit(command.unitId());
		CommitteeMember member = new CommitteeMember(committeeId);
		member.update(command.personName(), command.position(), command.unitId(), command.role(), command.sortOrder());
		return members.save(member).getId();
	}

	@Transactional
	public void updateMember(Long committeeId, Long memberId, long version, MemberCommand command) {
		CommitteeMember member = member(committeeId, memberId);
		StaleDataException.check(member, version);
		checkUnit(command.unitId());
		member.update(command.personName(), command.position(), command.unitId(), command.role(), command.sortOrder());
	}

	/** Takes a person off the committee (the audit trail keeps the record of her membership). */
	@Transactional
	public void removeMember(Long committeeId, Long memberId) {
		members.delete(member(committeeId, memberId));
	}

	private CommitteeMember member(Long committeeId, Long memberId) {
		return members.findById(memberId)
			.filter(m -> m.getCommitteeId().equals(committeeId))
			.orElseThrow(() -> new NotFoundException("committee member", memberId));
	}

	private void apply(Committee committee, CommitteeCommand c) {
		if (!areas.existsById(c.areaId())) {
			throw new FieldException("areaId", "committee.area.unknown");
		}
		checkUnit(c.standingOfficeUnitId());
		committee.update(c.name(), c.areaId(), c.standingOfficeUnitId(), c.parentBody(), c.issuingBody(),
				c.issuerCode(), c.placeName(), c.signatureAuthority(), c.signerTitle(), c.signerNote(), c.signerName(),
				c.defaultRecipients());
		committee.kind(c.kind());
	}

	private void checkUnit(Long unitId) {
		if (unitId != null && !units.existsById(unitId)) {
			throw new FieldException("unitId", "unit.unknown");
		}
	}
}
