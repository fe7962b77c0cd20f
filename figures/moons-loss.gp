# MLP Workbook figure: loss curve — mlp train moons.csv · MLP 2-64-1 (relu, adam) · 90 epochs
# $loss: epoch, one loss column per run, validation accuracy (fraction)
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set output 'moons-loss.png'
set encoding utf8
set style line 1 lt 1 lc rgb "#0072B2" lw 2.5 dt 1 pt 7 ps 1.3
set style line 2 lt 2 lc rgb "#D55E00" lw 2.5 dt (10,6) pt 9 ps 1.3
set style line 3 lt 3 lc rgb "#009E73" lw 2.5 dt (14,6,3,6) pt 5 ps 1.3
set style line 4 lt 4 lc rgb "#CC79A7" lw 2.5 dt (3,5) pt 13 ps 1.3
set style line 5 lt 5 lc rgb "#E69F00" lw 2.5 dt (20,6,3,6,3,6) pt 11 ps 1.3
set style line 6 lt 6 lc rgb "#56B4E9" lw 2.5 dt (6,3) pt 15 ps 1.3
set style line 7 lt 7 lc rgb "#000000" lw 2.5 dt (24,10) pt 7 ps 1.3
set style line 8 lt 8 lc rgb "#F0E442" lw 2.5 dt (2,3,8,3) pt 9 ps 1.3
set border 3 back lw 1 lc rgb "#404040"
set tics nomirror out scale 0.6 textcolor rgb "#404040"
set grid back lt 1 lw 1 lc rgb "#e6e6e6"
if (GPVAL_TERM eq "dumb") unset grid  # no room for a grid in a text preview
$loss << EOD
# epoch loss1 val_acc
1 0.7051 0.8750
2 0.5944 0.8750
3 0.5104 0.8750
4 0.4484 0.8750
5 0.4045 0.8750
6 0.3756 0.8750
7 0.3576 0.8750
8 0.3473 0.8750
9 0.3414 0.8750
10 0.3375 0.8750
11 0.3341 0.9375
12 0.3308 0.9375
13 0.3273 0.9375
14 0.3242 0.9375
15 0.3219 0.9375
16 0.3204 0.9375
17 0.3197 0.9375
18 0.3194 0.9375
19 0.3190 0.9375
20 0.3180 0.9375
21 0.3161 0.9375
22 0.3133 0.9375
23 0.3099 0.9375
24 0.3062 0.9375
25 0.3022 0.9375
26 0.2983 0.9375
27 0.2947 0.9375
28 0.2913 0.9375
29 0.2882 0.9375
30 0.2854 0.9375
31 0.2828 0.9375
32 0.2804 0.9375
33 0.2780 0.9375
34 0.2753 0.9375
35 0.2724 0.9375
36 0.2694 0.9375
37 0.2662 0.9375
38 0.2628 0.9375
39 0.2595 0.9375
40 0.2560 0.9375
41 0.2524 0.9375
42 0.2487 0.9375
43 0.2448 0.9375
44 0.2410 0.9375
45 0.2371 0.9375
46 0.2332 0.9375
47 0.2295 0.9375
48 0.2259 0.9375
49 0.2221 1.0000
50 0.2182 1.0000
51 0.2142 1.0000
52 0.2103 1.0000
53 0.2062 1.0000
54 0.2022 1.0000
55 0.1980 1.0000
56 0.1941 1.0000
57 0.1903 1.0000
58 0.1866 1.0000
59 0.1830 1.0000
60 0.1794 1.0000
61 0.1757 1.0000
62 0.1723 1.0000
63 0.1690 1.0000
64 0.1656 1.0000
65 0.1623 1.0000
66 0.1591 1.0000
67 0.1560 1.0000
68 0.1530 1.0000
69 0.1501 1.0000
70 0.1472 1.0000
71 0.1445 1.0000
72 0.1419 1.0000
73 0.1393 1.0000
74 0.1369 1.0000
75 0.1346 1.0000
76 0.1324 1.0000
77 0.1303 1.0000
78 0.1283 1.0000
79 0.1264 1.0000
80 0.1245 1.0000
81 0.1228 1.0000
82 0.1212 1.0000
83 0.1196 1.0000
84 0.1181 1.0000
85 0.1167 1.0000
86 0.1153 1.0000
87 0.1140 1.0000
88 0.1128 1.0000
89 0.1116 1.0000
90 0.1105 1.0000
EOD
set title "mlp train moons.csv · MLP 2-64-1 (relu, adam) · 90 epochs" font ",17"
set xlabel "epoch"
set ylabel "training loss (log-loss)"
set xrange [0:90]
set key below center horizontal samplen 3 spacing 1.2 height 1
set ytics textcolor rgb "#0072B2"
set ylabel textcolor rgb "#0072B2"
set yrange [0:*]
set border 11 back lw 1 lc rgb "#404040"
set y2label "validation accuracy" textcolor rgb "#D55E00"
set y2tics out nomirror textcolor rgb "#D55E00"
set format y2 "%g%%"
set y2range [80:100]
set arrow 1 from 49, graph 0 to 49, graph 1 nohead back lw 1.2 dt (3,4) lc rgb "#555555"
plot $loss using 1:2 with lines ls 1 title "training loss", \
     $loss using 1:(100*$3) axes x1y2 with lines ls 2 title "validation accuracy", \
     $loss every ::48::48 using 1:(100*$3) axes x1y2 with points pt 7 ps 2 lc rgb "white" notitle, \
     $loss every ::48::48 using 1:(100*$3) axes x1y2 with points pt 7 ps 1.4 lc rgb "#555555" title "best epoch 49 (100.0%)"
