# MLP Workbook figure: loss curve — Chapter 3 · MLP 2-10-10-2 (ReLU) · seed 0, Adam lr 0.01, full batch
# $loss: epoch, one loss column per run, test accuracy (fraction)
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set output 'chapter3-loss.png'
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
1 0.7237 0.4950
2 0.7045 0.4800
3 0.6882 0.6300
4 0.6745 0.6500
5 0.6621 0.5850
6 0.6503 0.6350
7 0.6386 0.6700
8 0.6266 0.7050
9 0.6137 0.8000
10 0.6000 0.8150
11 0.5854 0.8300
12 0.5700 0.8350
13 0.5542 0.8350
14 0.5379 0.8350
15 0.5213 0.8400
16 0.5043 0.8450
17 0.4868 0.8450
18 0.4692 0.8550
19 0.4517 0.8600
20 0.4345 0.8650
21 0.4178 0.8800
22 0.4017 0.8750
23 0.3863 0.8750
24 0.3718 0.8800
25 0.3581 0.8750
26 0.3453 0.8750
27 0.3337 0.8700
28 0.3233 0.8650
29 0.3141 0.8650
30 0.3064 0.8650
31 0.3001 0.8650
32 0.2950 0.8650
33 0.2911 0.8700
34 0.2880 0.8650
35 0.2856 0.8650
36 0.2835 0.8700
37 0.2814 0.8700
38 0.2794 0.8700
39 0.2771 0.8750
40 0.2747 0.8750
41 0.2720 0.8850
42 0.2689 0.8800
43 0.2656 0.8800
44 0.2621 0.8800
45 0.2585 0.8850
46 0.2548 0.8850
47 0.2511 0.8900
48 0.2475 0.8900
49 0.2439 0.9000
50 0.2405 0.9050
EOD
set title "Chapter 3 · MLP 2-10-10-2 (ReLU) · seed 0, Adam lr 0.01, full batch" font ",17"
set xlabel "epoch"
set ylabel "cross-entropy loss"
set xrange [0:50]
set key below center horizontal samplen 3 spacing 1.2 height 1
set ytics textcolor rgb "#0072B2"
set ylabel textcolor rgb "#0072B2"
set yrange [0:*]
set border 11 back lw 1 lc rgb "#404040"
set y2label "test accuracy" textcolor rgb "#D55E00"
set y2tics out nomirror textcolor rgb "#D55E00"
set format y2 "%g%%"
set y2range [40:100]
plot $loss using 1:2 with lines ls 1 title "training loss (before the step)", \
     $loss using 1:(100*$3) axes x1y2 with lines ls 2 title "test accuracy"
