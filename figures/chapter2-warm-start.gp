# MLP Workbook figure: loss curve — Chapter 2 · 20 warm-start fits of MLP 2-10-10-1, one epoch each (seed 42)
# $loss: epoch, one loss column per run, test accuracy (fraction)
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set output 'chapter2-warm-start.png'
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
# epoch loss1 loss2 val_acc
1 0.7550 0.7441 0.4900
2 0.7469 0.7368 0.4950
3 0.7395 0.7299 0.4950
4 0.7326 0.7235 0.4950
5 0.7260 0.7175 0.4950
6 0.7196 0.7116 0.4950
7 0.7134 0.7058 0.4950
8 0.7074 0.7002 0.4900
9 0.7015 0.6946 0.4900
10 0.6957 0.6891 0.4950
11 0.6899 0.6836 0.4950
12 0.6842 0.6781 0.5000
13 0.6785 0.6726 0.5000
14 0.6729 0.6670 0.5200
15 0.6673 0.6615 0.5300
16 0.6616 0.6559 0.5550
17 0.6559 0.6501 0.5650
18 0.6501 0.6442 0.5900
19 0.6442 0.6381 0.6050
20 0.6383 0.6319 0.6150
EOD
set title "Chapter 2 · 20 warm-start fits of MLP 2-10-10-1, one epoch each (seed 42)" font ",17"
set xlabel "epoch"
set ylabel "log-loss"
set xrange [0:20]
set key below center horizontal samplen 3 spacing 1.2 height 1
set border 11 back lw 1 lc rgb "#404040"
set y2label "test accuracy" textcolor rgb "#009E73"
set y2tics out nomirror textcolor rgb "#009E73"
set format y2 "%g%%"
set y2range [40:100]
plot $loss using 1:2 with lines ls 1 title "training loss (lossCurve)", \
     $loss using 1:3 with lines ls 2 title "test log-loss", \
     $loss using 1:(100*$4) axes x1y2 with lines ls 3 title "test accuracy"
