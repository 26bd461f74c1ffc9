CREATE TABLE `periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	FOREIGN KEY (`year_id`) REFERENCES `years`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `periods_year_kind_number_idx` ON `periods` (`year_id`,`kind`,`number`);--> statement-breakpoint
CREATE TABLE `skp_iki` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rhk_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`lineage_id` integer NOT NULL,
	`sort_order` integer NOT NULL,
	`aspect` text,
	`indicator` text NOT NULL,
	`target_low` real,
	`target_high` real,
	`unit_of_measure` text DEFAULT '' NOT NULL,
	`direction` text NOT NULL,
	FOREIGN KEY (`rhk_id`) REFERENCES `skp_rhk`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`revision_id`) REFERENCES `skp_revisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `skp_iki_rhk_idx` ON `skp_iki` (`rhk_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `skp_iki_revision_idx` ON `skp_iki` (`revision_id`);--> statement-breakpoint
CREATE TABLE `skp_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skp_id` integer NOT NULL,
	`number` integer NOT NULL,
	`status` text DEFAULT 'DRAFT' NOT NULL,
	`approach` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`employee_snapshot` text NOT NULL,
	`appraiser_snapshot` text,
	`appraiser_supervisor_snapshot` text,
	`appraiser_employee_id` integer,
	`employee_unit_id` integer,
	`office_name` text DEFAULT '' NOT NULL,
	`instansi_name` text DEFAULT '' NOT NULL,
	`resources` text DEFAULT '[]' NOT NULL,
	`accountability` text DEFAULT '[]' NOT NULL,
	`consequences` text DEFAULT '[]' NOT NULL,
	`expectations` text DEFAULT '{}' NOT NULL,
	`created_by` text NOT NULL,
	`submitted_at` text,
	`submitted_by` text,
	`decided_at` text,
	`decided_by` text,
	`decided_on_behalf_of` text,
	`decision_note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`skp_id`) REFERENCES `skps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skp_revisions_skp_number_idx` ON `skp_revisions` (`skp_id`,`number`);--> statement-breakpoint
CREATE INDEX `skp_revisions_appraiser_idx` ON `skp_revisions` (`appraiser_employee_id`,`status`);--> statement-breakpoint
CREATE TABLE `skp_rhk` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`lineage_id` integer NOT NULL,
	`rhk_group` text NOT NULL,
	`sort_order` integer NOT NULL,
	`text` text NOT NULL,
	`parent_lineage_id` integer,
	`parent_text` text DEFAULT '' NOT NULL,
	`external_parent_text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`revision_id`) REFERENCES `skp_revisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `skp_rhk_revision_idx` ON `skp_rhk` (`revision_id`,`rhk_group`,`sort_order`);--> statement-breakpoint
CREATE INDEX `skp_rhk_lineage_idx` ON `skp_rhk` (`lineage_id`);--> statement-breakpoint
CREATE INDEX `skp_rhk_parent_idx` ON `skp_rhk` (`parent_lineage_id`);--> statement-breakpoint
CREATE TABLE `skps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`current_revision_id` integer,
	`approved_revision_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`year_id`) REFERENCES `years`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`current_revision_id`) REFERENCES `skp_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_revision_id`) REFERENCES `skp_revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `skps_year_employee_idx` ON `skps` (`year_id`,`employee_id`);--> statement-breakpoint
CREATE INDEX `skps_employee_idx` ON `skps` (`employee_id`);--> statement-breakpoint
CREATE TABLE `years` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period_type` text NOT NULL,
	`status` text DEFAULT 'OPEN' NOT NULL,
	`closed_at` text,
	`closed_by` text,
	`close_note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `years_year_unique` ON `years` (`year`);