# Why an experiment's result is not settled (the status sentence, the CLI and the report).

experiment-head-no-clear-difference = no clear difference
experiment-head-not-settled = not settled
experiment-why-blocks-not-done = only { $done } of the { $needed } blocks needed are done
experiment-why-too-few-rated-days = fewer than { $min } rated days in an arm
experiment-why-unknowns-could-change = the days nobody rated could erase or reverse the difference
experiment-why-below-change-that-matters = the difference is smaller than the change that matters (2 points, or 30 %)
experiment-why-interval-crosses-zero = its 95 % interval ({ $lo } to { $hi }) includes no difference at all
experiment-why-no-interval = there is no interval yet (it needs 2 blocks rated in both arms)
experiment-why-chance-not-ruled-out = chance is not ruled out (p = { $p }; the rule needs { $alpha } or less)
experiment-p-unknown = unknown
experiment-why-too-few-blocks-planned = with { $planned } blocks the test can never reach { $alpha }: at least { $needed } are needed
# Several reasons: "a, b, and c".
experiment-why-list = { $rest }, and { $last }
