package mamori.log.storage;

/**
 * The address of one tile of a tenant's tree (C2SP tlog-tiles): its level and its index in that
 * level.
 */
public record TileKey(int level, long index) {}
