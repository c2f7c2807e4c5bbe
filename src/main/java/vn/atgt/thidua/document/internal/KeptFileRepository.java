package vn.atgt.thidua.document.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The files kept among the campaigns' documents. */
public interface KeptFileRepository extends JpaRepository<KeptFile, Long> {

	/** A campaign's kept files, latest first. */
	List<KeptFile> findByCampaignIdOrderByKeptAtDescIdDesc(Long campaignId);
}
