CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skp_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`skp_revision_id` integer,
	`rating_hasil` text,
	`rating_perilaku` text,
	`predikat` text,
	`note` text DEFAULT '' NOT NULL,
	`excluded_reason` text,
	`excluded_note` text DEFAULT '' NOT NULL,
	`unit_id` integer,
	`rated_by_user_id` integer,
	`rated_by` text NOT NULL,
	`rated_on_behalf_of` text,
	`rated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`skp_id`) REFERENCES `skps`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`skp_revision_id`) REFERENCES `skp_revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_skp_period_idx` ON `evaluations` (`skp_id`,`period_id`);--> statement-breakpoint
CREATE INDEX `evaluations_period_predikat_idx` ON `evaluations` (`period_id`,`predikat`);--> statement-breakpoint
CREATE INDEX `evaluations_period_unit_idx` ON `evaluations` (`period_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skp_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`iki_lineage_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`url` text,
	`sha256` text,
	`file_name` text,
	`mime_type` text,
	`size` integer,
	`added_by_user_id` integer,
	`added_by` text NOT NULL,
	`added_at` text NOT NULL,
	FOREIGN KEY (`skp_id`) REFERENCES `skps`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `evidence_skp_period_idx` ON `evidence` (`skp_id`,`period_id`,`iki_lineage_id`);--> statement-breakpoint
CREATE INDEX `evidence_sha_idx` ON `evidence` (`sha256`);--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skp_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`rhk_lineage_id` integer,
	`core_value` text,
	`text` text NOT NULL,
	`author_user_id` integer,
	`author_name` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`skp_id`) REFERENCES `skps`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `feedback_skp_period_idx` ON `feedback` (`skp_id`,`period_id`,`id`);--> statement-breakpoint
CREATE TABLE `finalisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`finalised_at` text NOT NULL,
	`finalised_by` text NOT NULL,
	`deviation_reason` text DEFAULT '' NOT NULL,
	`recap` text NOT NULL,
	`reopened_at` text,
	`reopened_by` text,
	`reopen_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finalisations_period_unit_revision_idx` ON `finalisations` (`period_id`,`unit_id`,`revision`);--> statement-breakpoint
CREATE TABLE `org_ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`rating` text NOT NULL,
	`source_number` text NOT NULL,
	`source_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_ratings_period_unit_idx` ON `org_ratings` (`period_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `printed_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`skp_id` integer,
	`skp_revision_id` integer,
	`period_id` integer,
	`unit_id` integer,
	`employee_id` integer,
	`record_revision` integer,
	`digest` text NOT NULL,
	`title` text NOT NULL,
	`file_name` text NOT NULL,
	`draft` integer DEFAULT false NOT NULL,
	`batch_id` text,
	`printed_by_user_id` integer,
	`printed_by` text NOT NULL,
	`printed_at` text NOT NULL,
	`signed_scan_sha256` text,
	`signed_scan_name` text,
	`signed_scan_mime` text,
	`signed_at` text,
	`signed_recorded_by` text,
	FOREIGN KEY (`skp_id`) REFERENCES `skps`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`skp_revision_id`) REFERENCES `skp_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `printed_documents_code_unique` ON `printed_documents` (`code`);--> statement-breakpoint
CREATE INDEX `printed_documents_skp_idx` ON `printed_documents` (`skp_id`,`kind`);--> statement-breakpoint
CREATE INDEX `printed_documents_unit_period_idx` ON `printed_documents` (`unit_id`,`period_id`,`kind`);--> statement-breakpoint
CREATE INDEX `printed_documents_employee_idx` ON `printed_documents` (`employee_id`);--> statement-breakpoint
CREATE TABLE `realisasi` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skp_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`iki_lineage_id` integer NOT NULL,
	`value` real,
	`note` text DEFAULT '' NOT NULL,
	`entered_by_user_id` integer,
	`entered_by` text NOT NULL,
	`entered_as` text NOT NULL,
	`entered_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`skp_id`) REFERENCES `skps`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `realisasi_skp_period_iki_idx` ON `realisasi` (`skp_id`,`period_id`,`iki_lineage_id`);--> statement-breakpoint
CREATE INDEX `realisasi_period_idx` ON `realisasi` (`period_id`);