-- Global Hub schema, version 17: the purge lease names the server that holds it and is renewed by the running
-- purge after every slice, so that a purge killed mid-run is recognised (its lease runs out after two minutes,
-- or at once when its own server starts again) and closed as INTERRUPTED instead of blocking every later purge.
ALTER TABLE purge_lease ADD COLUMN holder_node VARCHAR(100);
