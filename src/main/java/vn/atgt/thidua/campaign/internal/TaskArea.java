package vn.atgt.thidua.campaign.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;

/** A focus task area of a campaign; its number is its place in the plan, kept 1, 2, 3 … by the campaign. */
@Entity
@Table(name = "campaign_task_areas")
public class TaskArea extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 4000)
	private String description;

	protected TaskArea() {
	}

	TaskArea(Campaign campaign, int number, String title, String description) {
		this.campaign = campaign;
		this.number = number;
		update(title, description);
	}

	void update(String title, String description) {
		this.title = title;
		this.description = description;
	}

	void renumber(int number) {
		this.number = number;
	}

	public Long getId() {
		return id;
	}

	public Campaign getCampaign() {
		return campaign;
	}

	public int getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}
}
