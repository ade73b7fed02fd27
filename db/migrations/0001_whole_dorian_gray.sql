ALTER TABLE `plan` ADD `item_order` text;--> statement-breakpoint
ALTER TABLE `plan` ADD `change_log` text;