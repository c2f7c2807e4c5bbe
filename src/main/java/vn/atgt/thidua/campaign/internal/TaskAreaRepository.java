package vn.atgt.thidua.campaign.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.campaign.TaskAreaView;

public interface TaskAreaRepository extends JpaRepository<TaskArea, Long> {

	@Query("select new vn.atgt.thidua.campaign.TaskAreaView(t.id, t.number, t.title, t.description, t.version) "
			+ "from TaskArea t where t.campaign.id = :campaignId order by t.number")
	List<TaskAreaView> views(@Param("campaignId") Long campaignId);

	@Query("select count(t) from TaskArea t where t.campaign.id = :campaignId")
	long countOf(@Param("campaignId") Long campaignId);
}
