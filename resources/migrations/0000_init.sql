CREATE TABLE `employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nip` text NOT NULL,
	`name` text NOT NULL,
	`front_title` text DEFAULT '' NOT NULL,
	`back_title` text DEFAULT '' NOT NULL,
	`search_name` text NOT NULL,
	`gender` text NOT NULL,
	`birth_place` text DEFAULT '' NOT NULL,
	`birth_date` text NOT NULL,
	`status` text NOT NULL,
	`golongan` text,
	`position_name` text NOT NULL,
	`position_type` text NOT NULL,
	`functional_level` text,
	`unit_id` integer NOT NULL,
	`supervisor_id` integer,
	`tmt_jabatan` text,
	`activity` text DEFAULT 'AKTIF' NOT NULL,
	`inactive_since` text,
	`inactive_note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`supervisor_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employees_nip_unique` ON `employees` (`nip`);--> statement-breakpoint
CREATE INDEX `employees_search_name_idx` ON `employees` (`search_name`);--> statement-breakpoint
CREATE INDEX `employees_unit_name_idx` ON `employees` (`unit_id`,`search_name`);--> statement-breakpoint
CREATE INDEX `employees_supervisor_idx` ON `employees` (`supervisor_id`);--> statement-breakpoint
CREATE INDEX `employees_activity_name_idx` ON `employees` (`activity`,`search_name`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);