-- wrk script: GET /api/search with real title queries, in turn, from
-- $QUERIES (URL-encoded, one a line; made by queries.py).
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do queries[#queries + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?limit=10&q=" .. queries[(i % #queries) + 1])
end
