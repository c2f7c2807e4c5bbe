package vn.atgt.thidua.commendation.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMeetingRepository extends JpaRepository<CouncilMeeting, Long> {

	/** The campaign's latest voting meeting. */
	Optional<CouncilMeeting> findFirstByCampaignIdOrderByHeldOnDescIdDesc(Long campaignId);
}
